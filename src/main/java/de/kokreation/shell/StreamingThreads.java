package de.kokreation.shell;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The threads that stream answers (open-data files, sitemaps, feeds) to slow clients: virtual
 * threads of their own, at most {@code kokreation.streaming.max-concurrent} at once (a further one
 * waits for a free place). Spring would otherwise use the application's task pool of eight
 * threads, which also delivers the mails: a few slow downloads would hold up everything else.
 */
@Configuration(proxyBeanMethods = false)
class StreamingThreads implements WebMvcConfigurer {

    private final int maxConcurrent;

    StreamingThreads(@Value("${kokreation.streaming.max-concurrent:200}") int maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("streaming-");
        threads.setVirtualThreads(true);
        threads.setConcurrencyLimit(maxConcurrent);
        configurer.setTaskExecutor(threads);
    }
}
