package de.kokreation.sensemaking;

import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * Turns the summaries' language model on (the {@link FakeLanguageModel}) and off again in the
 * application context the tests share, so that no test needs a context of its own.
 */
public final class LanguageModels {

    private LanguageModels() {}

    public static void useFake(ApplicationContext context, String modelName, String apiKey) {
        FakeLanguageModel.failing = false;
        FakeLanguageModel.REQUESTS.clear();
        context.getBean(ClusterSummaries.class)
                .use(new OpenAiCompatibleModel(
                        FakeLanguageModel.endpoint(), modelName, apiKey, Duration.ofSeconds(10)));
    }

    public static void off(ApplicationContext context) {
        context.getBean(ClusterSummaries.class).use(null);
    }
}
