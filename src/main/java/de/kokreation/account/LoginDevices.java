package de.kokreation.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP: "Slow Down Online Guessing Attacks with Device Cookies"): a browser in
 * which an account logged in, or finished a password reset, gets a cookie signed for that account.
 * Login attempts from such a browser are throttled on their own, so nobody else's failures can
 * pause the owner there. The cookie names no account: it holds a random id and a signature over
 * id and account.
 *
 * <p>The signing key comes from {@code kokreation.login.device-key}; without it each start makes
 * one, so cookies from before a restart (or from another node) are simply not trusted.
 */
@Component
class LoginDevices {

    static final String COOKIE = "kk-device";
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Duration LIFETIME = Duration.ofDays(180);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    LoginDevices(@Value("${kokreation.login.device-key:}") String configuredKey) {
        byte[] secret = new byte[32];
        if (configuredKey.isBlank()) {
            random.nextBytes(secret);
        } else {
            secret = sha256(configuredKey.getBytes(StandardCharsets.UTF_8));
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The id of this request's device cookie when it is signed for this account, else null. */
    @Nullable
    String trustedDevice(String email) {
        HttpServletRequest request = ClientAddress.currentRequest();
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                String[] parts = cookie.getValue().split("\\.", 2);
                // the id is exactly what trustCurrentBrowser makes: 32 hex digits, so that the
                // signed text "id|email" can be read one way only
                if (parts.length == 2
                        && DEVICE_ID.matcher(parts[0]).matches()
                        && MessageDigest.isEqual(
                                sign(parts[0], email).getBytes(StandardCharsets.US_ASCII),
                                parts[1].getBytes(StandardCharsets.US_ASCII))) {
                    return parts[0];
                }
            }
        }
        return null;
    }

    /** Trusts the current browser for this account from now on. */
    void trustCurrentBrowser(String email) {
        HttpServletResponse response = ClientAddress.currentResponse();
        if (response == null) {
            return;
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String deviceId = HexFormat.of().formatHex(id);
        Cookie cookie = new Cookie(COOKIE, deviceId + "." + sign(deviceId, email));
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        HttpServletRequest request = ClientAddress.currentRequest();
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private String sign(String deviceId, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature = mac.doFinal(
                    (deviceId + "|" + email.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
