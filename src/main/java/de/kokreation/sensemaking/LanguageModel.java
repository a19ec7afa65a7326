package de.kokreation.sensemaking;

/**
 * A language model that answers a request in text: an operator's OpenAI-compatible endpoint
 * ({@link OpenAiCompatibleModel}), for instance a model hosted by the operator. Absent unless
 * configured: everything works without it.
 */
interface LanguageModel extends AutoCloseable {

    /** The model's name, shown beside what it wrote. */
    String name();

    /**
     * The model's answer to the instructions ({@code system}) and the request ({@code user}).
     *
     * @throws LanguageModelException when the endpoint cannot be reached or answers no text
     */
    String complete(String system, String user);

    /** Lets go of connections; nothing to do by default. */
    @Override
    default void close() {}

    /** The model could not be asked, or gave no usable answer. */
    final class LanguageModelException extends RuntimeException {
        LanguageModelException(String message, Throwable cause) {
            super(message, cause);
        }

        LanguageModelException(String message) {
            super(message);
        }
    }
}
