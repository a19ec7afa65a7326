package de.kokreation.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** What the registration form asks; the password rules beyond its length live in {@link PasswordPolicy}. */
public record RegistrationRequest(
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = AccountLimits.DISPLAY_NAME_MAX, message = "{account.displayName.maxLength}")
        String displayName,

        @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = AccountLimits.EMAIL_MAX, message = "{account.email.invalid}")
        String email,

        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.size}")
        String password,

        @AssertTrue(message = "{account.privacy.required}") boolean privacyAccepted,
        Locale language) {}
