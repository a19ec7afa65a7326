package de.kokreation.consultation;

/** Limits shared by entity validation and UI fields. */
public final class ConsultationLimits {

    public static final int TITLE_MAX = 150;
    public static final int REGION_MAX = 80;
    public static final int SLUG_MAX = 80;
    public static final int THEME_GROUP_NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 10_000;

    private ConsultationLimits() {}
}
