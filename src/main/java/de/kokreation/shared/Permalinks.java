package de.kokreation.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public, bookmarkable addresses of the platform in one place. Features link to each other
 * through these paths rather than through view classes, which keeps the modules free of cycles.
 */
public final class Permalinks {

    public static final String CONSULTATIONS = "konsultationen";
    public static final String THEMES = "themen";
    public static final String PROPOSALS = "vorschlaege";
    public static final String NEW_PROPOSAL = "neuer-vorschlag";
    public static final String LOGIN = "anmelden";
    public static final String JOIN = "mitmachen";
    public static final String DRAFTS = "entwuerfe";
    public static final String CONDENSING = "verdichtung";
    public static final String CLUSTERS = "gruppen";
    public static final String EXPORT = "export";
    public static final String DASHBOARD = "auswertung";
    public static final String SEARCH = "suche";
    public static final String ACTION_PLANS = "aktionsplaene";
    public static final String PLAN_COMMITMENTS = "verpflichtungen";
    public static final String MONITORING = "umsetzung";
    public static final String ROUNDS = "runden";
    public static final String MEETINGS = "veranstaltungen";
    /** The form for a new event: a word where the other event pages have the event's number. */
    public static final String NEW_MEETING = "neu";
    /** One-click unsubscribe from a kind of mail (RFC 8058), followed by a signed token. */
    public static final String UNSUBSCRIBE = "/benachrichtigungen/abbestellen";
    /** Where a person chooses which news reach them, and how. */
    public static final String NOTIFICATION_SETTINGS = "/profil#benachrichtigungen";
    /** The open-data interface: versioned, so that a changed format gets a new address. */
    public static final String OPEN_DATA_API = "/api/v1";

    private Permalinks() {}

    public static String home() {
        return "/";
    }

    public static String consultation(String consultationSlug) {
        return "/" + CONSULTATIONS + "/" + consultationSlug;
    }

    public static String themeGroup(String consultationSlug, String themeGroupSlug) {
        return consultation(consultationSlug) + "/" + THEMES + "/" + themeGroupSlug;
    }

    public static String newProposal(String consultationSlug, String themeGroupSlug) {
        return themeGroup(consultationSlug, themeGroupSlug) + "/" + NEW_PROPOSAL;
    }

    public static String proposal(long proposalId) {
        return "/" + PROPOSALS + "/" + proposalId;
    }

    /** The search page for a text; {@code q} in the address, so a search can be bookmarked. */
    public static String search(String text) {
        return "/" + SEARCH + "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static String draft(long draftId) {
        return "/" + DRAFTS + "/" + draftId;
    }

    /** The public draft commitments of a consultation. */
    public static String consultationDrafts(String consultationSlug) {
        return consultation(consultationSlug) + "/" + DRAFTS;
    }

    /** Documents for government: the drafts in the OGP template and the Ergebnisbericht. */
    public static String consultationDashboard(String consultationSlug) {
        return consultation(consultationSlug) + "/" + DASHBOARD;
    }

    public static String consultationExport(String consultationSlug) {
        return consultation(consultationSlug) + "/" + EXPORT;
    }

    /** Where a theme group's moderators condense its proposals into drafts. */
    public static String condensing(long themeGroupId) {
        return "/" + CONDENSING + "/" + themeGroupId;
    }

    /** The clusters of similar proposals of a theme group, for its leads. */
    public static String clusters(long themeGroupId) {
        return condensing(themeGroupId) + "/" + CLUSTERS;
    }

    /** The action plans: published ones for everybody, those in preparation for their coordinators. */
    public static String actionPlans() {
        return "/" + ACTION_PLANS;
    }

    public static String actionPlan(String planSlug) {
        return actionPlans() + "/" + planSlug;
    }

    /** A commitment of a plan by its number in the plan. */
    public static String planCommitment(String planSlug, int number) {
        return actionPlan(planSlug) + "/" + PLAN_COMMITMENTS + "/" + number;
    }

    /** The public monitoring of a plan's implementation. */
    public static String planMonitoring(String planSlug) {
        return actionPlan(planSlug) + "/" + MONITORING;
    }

    /** A reporting round of a plan: its state, compared with the round before. */
    public static String planRound(String planSlug, long roundId) {
        return actionPlan(planSlug) + "/" + ROUNDS + "/" + roundId;
    }

    /** The plan as a document in the OGP template. */
    public static String planExport(String planSlug) {
        return actionPlan(planSlug) + "/" + EXPORT;
    }

    /** The calendar of meetings, the coming ones first. */
    public static String meetings() {
        return "/" + MEETINGS;
    }

    /** A meeting's public page. */
    public static String meeting(long meetingId) {
        return meetings() + "/" + meetingId;
    }

    /** The iCalendar file of one meeting. */
    public static String meetingCalendar(long meetingId) {
        return OPEN_DATA_API + "/calendar/meetings/" + meetingId + ".ics";
    }

    /** The iCalendar feed of a consultation's meetings, to subscribe to. */
    public static String consultationCalendar(String consultationSlug) {
        return OPEN_DATA_API + "/calendar/consultations/" + consultationSlug + ".ics";
    }

    /** The iCalendar feed of an action plan's events. */
    public static String planCalendar(String planSlug) {
        return OPEN_DATA_API + "/calendar/action-plans/" + planSlug + ".ics";
    }

    /** The iCalendar feed of the forum's meetings. */
    public static String forumCalendar() {
        return OPEN_DATA_API + "/calendar/forum.ics";
    }

    /** The Atom feed of what is new in a consultation: proposals, responses, published drafts. */
    public static String consultationFeed(String consultationSlug) {
        return OPEN_DATA_API + "/feeds/consultations/" + consultationSlug + ".atom";
    }

    /** The Atom feed of what is new in one theme group. */
    public static String themeGroupFeed(String consultationSlug, String themeGroupSlug) {
        return OPEN_DATA_API + "/feeds/consultations/" + consultationSlug + "/themes/" + themeGroupSlug + ".atom";
    }

    /** The open-data list of all consultations (JSON). */
    public static String openDataConsultations() {
        return OPEN_DATA_API + "/consultations";
    }

    /**
     * One open-data file of a consultation: {@code export.json}, {@code proposals.csv},
     * {@code comments.csv}, {@code drafts.csv} or {@code draft-comments.csv}.
     */
    public static String openDataFile(String consultationSlug, String fileName) {
        return openDataConsultations() + "/" + consultationSlug + "/" + fileName;
    }

    /** The JSON Schema that documents an open-data file, e.g. {@code export.schema.json}. */
    /** The open-data list of all published action plans (JSON). */
    public static String openDataPlans() {
        return OPEN_DATA_API + "/action-plans";
    }

    public static String openDataPlanFile(String planSlug, String fileName) {
        return openDataPlans() + "/" + planSlug + "/" + fileName;
    }

    public static String openDataSchema(String schemaFileName) {
        return OPEN_DATA_API + "/schema/" + schemaFileName;
    }

    /** A page that asks for a login and then leads back to {@code target}. */
    public static String joinAndReturnTo(String target) {
        return "/" + JOIN + "?ziel=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /** Only paths of this site are allowed as targets of a redirect (no open redirect). */
    public static boolean isLocalPath(String target) {
        return target.startsWith("/") && !target.startsWith("//") && !target.contains("\\") && !target.contains(":");
    }
}
