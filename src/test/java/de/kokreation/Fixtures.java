package de.kokreation;

import de.kokreation.account.AccountService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.NewConsultation;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shell.Formats;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds test data through the services. Every call makes new, uniquely named objects, so tests
 * that share one context and one database never see each other's data.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "ein-langes-Test-Passwort";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final UserDetailsService userDetails;
    private final ConsultationAdministration administration;

    Fixtures(
            AccountService accounts,
            ConsultationService consultations,
            ProposalService proposals,
            UserDetailsService userDetails,
            ConsultationAdministration administration) {
        this.administration = administration;
        this.accounts = accounts;
        this.consultations = consultations;
        this.proposals = proposals;
        this.userDetails = userDetails;
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    public UserAccount citizen() {
        return account("Bürgerin " + next(), EnumSet.of(Role.CITIZEN));
    }

    public UserAccount account(String displayName, Set<Role> roles) {
        return accounts.createActiveAccount(displayName, "person-" + next() + "@test.example", PASSWORD, roles);
    }

    /** A consultation that collects proposals today, with two theme groups. */
    public ConsultationDetails collectingConsultation() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return consultation(new Timeline(
                today.minusDays(20), today.minusDays(5), today.plusDays(20), today.plusDays(40), today.plusDays(60)));
    }

    public ConsultationDetails closedConsultation() {
        return consultation(new Timeline(
                LocalDate.of(2018, 8, 1),
                LocalDate.of(2018, 9, 1),
                LocalDate.of(2018, 9, 29),
                LocalDate.of(2018, 10, 20),
                LocalDate.of(2018, 11, 15)));
    }

    public ConsultationDetails announcedConsultation() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return consultation(new Timeline(
                today.minusDays(3), today.plusDays(10), today.plusDays(30), today.plusDays(40), today.plusDays(60)));
    }

    public ConsultationDetails consultation(Timeline timeline) {
        int n = next();
        String slug = "konsultation-" + n;
        asAdmin(() -> consultations.createConsultation(new NewConsultation(
                slug,
                "Testkonsultation " + n,
                "Testland",
                "Eine Konsultation für Tests.",
                timeline,
                List.of(
                        new NewConsultation.NewThemeGroup("offene-daten", "Offene Daten", "Daten für alle.", Set.of()),
                        new NewConsultation.NewThemeGroup("transparenz", "Transparenz", "Offen handeln.", Set.of())))));
        return consultations.getConsultation(slug);
    }

    /** A new account with the lead role, named lead of the theme group. */
    public UserAccount leadOf(ThemeGroupSummary group, String displayName) {
        UserAccount lead = account(displayName, EnumSet.of(Role.CITIZEN, Role.LEAD));
        // Assigning checks the caller's own account, so a real admin assigns.
        as(account("Admin", EnumSet.of(Role.ADMIN)), () -> {
            administration.assignLead(group.id(), lead.id());
            return null;
        });
        return lead;
    }

    public ThemeGroupSummary collectingThemeGroup() {
        return collectingConsultation().themeGroups().getFirst();
    }

    /** Submits a proposal as {@code author}; the security context is restored afterwards. */
    public long proposal(ThemeGroupSummary group, UserAccount author, String title) {
        return as(
                author,
                () -> proposals.submit(
                        group.id(), new ProposalDraft(title, "Ein ausführlicher Vorschlagstext mit genug Zeichen.")));
    }

    public <T> T as(UserAccount account, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        loginAs(account);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public <T> T asAdmin(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "admin", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Logs the account in for the current thread, as Spring Security does after a form login. */
    public void loginAs(UserAccount account) {
        UserDetails principal = userDetails.loadUserByUsername(account.email());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
