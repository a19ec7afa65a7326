package de.kokreation.opendata;

import de.kokreation.shared.Permalinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses in the open data, so that a downloaded file still says where it came from
 * and where its documentation is. Built on {@code kokreation.public-base-url}, as mail links are.
 */
@Component
class OpenDataLinks {

    static final String EXPORT_JSON = "export.json";
    static final String PROPOSALS_CSV = "proposals.csv";
    static final String COMMENTS_CSV = "comments.csv";
    static final String DRAFTS_CSV = "drafts.csv";
    static final String DRAFT_COMMENTS_CSV = "draft-comments.csv";
    static final String EXPORT_SCHEMA = "export.schema.json";
    static final String CONSULTATIONS_SCHEMA = "consultations.schema.json";

    private final String baseUrl;

    OpenDataLinks(@Value("${kokreation.public-base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String schema(String schemaFileName) {
        return baseUrl + Permalinks.openDataSchema(schemaFileName);
    }

    String file(String consultationSlug, String fileName) {
        return baseUrl + Permalinks.openDataFile(consultationSlug, fileName);
    }

    String page(String path) {
        return baseUrl + path;
    }
}
