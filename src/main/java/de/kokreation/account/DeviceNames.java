package de.kokreation.account;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A device as people recognise it in their list of sessions: browser and system, read from the
 * User-Agent header (which the browser states and anyone may fake: a hint, not a proof).
 */
final class DeviceNames {

    static final int MAX_LENGTH = 80;

    private DeviceNames() {}

    static String of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        String name = browser(agent) + " · " + system(agent);
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }

    private static String browser(String agent) {
        if (agent.contains("edg/")) {
            return "Edge";
        }
        if (agent.contains("opr/") || agent.contains("opera")) {
            return "Opera";
        }
        if (agent.contains("firefox/") || agent.contains("fxios/")) {
            return "Firefox";
        }
        if (agent.contains("chrome/") || agent.contains("chromium/") || agent.contains("crios/")) {
            return "Chrome";
        }
        if (agent.contains("safari/")) {
            return "Safari";
        }
        return "Browser";
    }

    private static String system(String agent) {
        if (agent.contains("android")) {
            return "Android";
        }
        if (agent.contains("iphone") || agent.contains("ipad") || agent.contains("ios")) {
            return "iOS";
        }
        if (agent.contains("windows")) {
            return "Windows";
        }
        if (agent.contains("mac os") || agent.contains("macintosh")) {
            return "macOS";
        }
        if (agent.contains("cros")) {
            return "ChromeOS";
        }
        if (agent.contains("linux") || agent.contains("x11")) {
            return "Linux";
        }
        return "?";
    }
}
