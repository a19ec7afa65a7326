package de.kokreation.shared;

import java.util.Arrays;

/**
 * The licences the open data may be published under, as DCAT-AP.de names them
 * ({@code http://dcat-ap.de/def/licenses/…}): the operator chooses one
 * ({@code kokreation.open-data.licence}, default {@link #DL_BY_DE_2_0}), every file and the
 * catalogue state it. Only open licences: the data are meant to be reused.
 */
public enum DataLicence {
    /** Datenlizenz Deutschland – Namensnennung 2.0: the licence of German public-sector open data. */
    DL_BY_DE_2_0(
            "dl-by-de/2.0",
            "DL-DE-BY-2.0",
            "Datenlizenz Deutschland – Namensnennung – Version 2.0",
            "https://www.govdata.de/dl-de/by-2-0",
            true),
    DL_ZERO_DE_2_0(
            "dl-zero-de/2.0",
            "DL-DE-ZERO-2.0",
            "Datenlizenz Deutschland – Zero – Version 2.0",
            "https://www.govdata.de/dl-de/zero-2-0",
            false),
    CC_BY_4_0(
            "cc-by/4.0",
            "CC-BY-4.0",
            "Creative Commons Namensnennung 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/",
            true),
    CC_ZERO(
            "cc-zero",
            "CC0-1.0",
            "Creative Commons Zero 1.0",
            "https://creativecommons.org/publicdomain/zero/1.0/",
            false);

    private final String code;
    private final String spdx;
    private final String title;
    private final String url;
    private final boolean requiresAttribution;

    DataLicence(String code, String spdx, String title, String url, boolean requiresAttribution) {
        this.code = code;
        this.spdx = spdx;
        this.title = title;
        this.url = url;
        this.requiresAttribution = requiresAttribution;
    }

    /** The licence with this DCAT-AP.de code ({@code dl-by-de/2.0}, {@code cc-by/4.0}, …). */
    public static DataLicence byCode(String code) {
        return Arrays.stream(values())
                .filter(licence -> licence.code.equals(code.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kokreation.open-data.licence must be one of "
                        + Arrays.stream(values()).map(DataLicence::code).toList() + ", not " + code));
    }

    public String code() {
        return code;
    }

    /** The SPDX identifier, as OpenAPI and many tools name licences. */
    public String spdx() {
        return spdx;
    }

    public String title() {
        return title;
    }

    /** The licence text for people. */
    public String url() {
        return url;
    }

    /** The licence as DCAT-AP.de's controlled vocabulary names it, for {@code dct:license}. */
    public String dcatIri() {
        return "http://dcat-ap.de/def/licenses/" + code;
    }

    public boolean requiresAttribution() {
        return requiresAttribution;
    }
}
