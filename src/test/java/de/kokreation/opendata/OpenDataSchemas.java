package de.kokreation.opendata;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/** The open-data JSON Schemas for tests, with formats (date, date-time, uri) checked, not just annotated. */
public final class OpenDataSchemas {

    private OpenDataSchemas() {}

    public static Schema parse(String schemaText) {
        return SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12,
                        registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()))
                .getSchema(schemaText, InputFormat.JSON);
    }
}
