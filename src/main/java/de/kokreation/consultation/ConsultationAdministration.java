package de.kokreation.consultation;

import de.kokreation.account.AccountAdministration;
import de.kokreation.account.AccountPrincipal;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.Role;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running consultations: admins name coordinators; coordinators (of that consultation) and admins
 * edit texts, region and timeline, edit and add theme groups, and name the leads of the groups.
 * Every method checks the caller against the consultation at hand.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ConsultationAdministration {

    private final ConsultationRepository consultations;
    private final ThemeGroupRepository themeGroups;
    private final ConsultationService reading;
    private final CurrentUser currentUser;
    private final AccountAdministration accounts;
    private final Clock clock;

    ConsultationAdministration(
            ConsultationRepository consultations,
            ThemeGroupRepository themeGroups,
            ConsultationService reading,
            CurrentUser currentUser,
            AccountAdministration accounts,
            Clock clock) {
        this.accounts = accounts;
        this.consultations = consultations;
        this.themeGroups = themeGroups;
        this.reading = reading;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The consultations the caller may manage: all for admins, their own for coordinators. */
    @Transactional(readOnly = true)
    public List<ConsultationSummary> manageableConsultations() {
        AccountPrincipal me = currentUser.require();
        return reading.listConsultations().stream()
                .filter(summary -> me.hasRole(Role.ADMIN)
                        || summary.coordinatorAccountIds().contains(me.accountId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean mayManage(long consultationId) {
        return consultations
                .findById(consultationId)
                .map(this::isManagedByCaller)
                .orElse(false);
    }

    @Transactional
    public void updateConsultation(long consultationId, ConsultationEdit edit) {
        Consultation consultation = managed(consultationId);
        consultation.revise(edit.title(), edit.region(), edit.description(), edit.timeline());
    }

    @Transactional
    public ThemeGroupSummary addThemeGroup(long consultationId, String slug, String name, String description) {
        Consultation consultation = managed(consultationId);
        if (themeGroups.findByConsultation(consultationId).stream()
                .anyMatch(group -> group.slug().equals(slug))) {
            throw new DomainException("themeGroup.error.slugTaken", slug);
        }
        int position = themeGroups.findByConsultation(consultationId).size();
        ThemeGroup group = new ThemeGroup(consultation, slug, name, description, position);
        group.revise(name, description);
        themeGroups.save(group);
        return reading.getThemeGroup(group.id());
    }

    @Transactional
    public void updateThemeGroup(long themeGroupId, String name, String description) {
        managedGroup(themeGroupId).revise(name, description);
    }

    @Transactional
    public void assignLead(long themeGroupId, long accountId) {
        managedGroup(themeGroupId).addLead(accountId);
        accounts.grantAssignmentRole(accountId, Role.LEAD);
    }

    @Transactional
    public void removeLead(long themeGroupId, long accountId) {
        managedGroup(themeGroupId).removeLead(accountId);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void assignCoordinator(long consultationId, long accountId) {
        find(consultationId).addCoordinator(accountId);
        accounts.grantAssignmentRole(accountId, Role.COORDINATOR);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeCoordinator(long consultationId, long accountId) {
        find(consultationId).removeCoordinator(accountId);
    }

    /** Today's phase of every consultation whose phase changed since it was last announced. */
    @Transactional
    @PreAuthorize("permitAll()")
    public List<ConsultationSummary> takeNewPhases() {
        LocalDate today = LocalDate.now(clock);
        return consultations.findAll().stream()
                .filter(consultation -> consultation.announcePhaseOf(today))
                .map(consultation ->
                        reading.getConsultation(consultation.slug()).consultation())
                .toList();
    }

    private Consultation managed(long consultationId) {
        Consultation consultation = find(consultationId);
        if (!isManagedByCaller(consultation)) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
        return consultation;
    }

    private ThemeGroup managedGroup(long themeGroupId) {
        ThemeGroup group = themeGroups
                .findWithConsultation(themeGroupId)
                .orElseThrow(() -> new NotFoundException("themeGroup.error.notFound", themeGroupId));
        if (!isManagedByCaller(group.consultation())) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
        return group;
    }

    private boolean isManagedByCaller(Consultation consultation) {
        AccountPrincipal me = currentUser.require();
        return me.hasRole(Role.ADMIN) || consultation.coordinatorAccountIds().contains(me.accountId());
    }

    private Consultation find(long consultationId) {
        return consultations
                .findById(consultationId)
                .orElseThrow(() -> new NotFoundException("consultation.error.notFound", consultationId));
    }
}
