package de.kokreation.consultation;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.RichText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads consultations and theme groups for everyone; creates them for admins. */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final ThemeGroupRepository themeGroups;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, ThemeGroupRepository themeGroups, Clock clock) {
        this.consultations = consultations;
        this.themeGroups = themeGroups;
        this.clock = clock;
    }

    public List<ConsultationSummary> listConsultations() {
        LocalDate today = LocalDate.now(clock);
        return consultations.findAllNewestFirst().stream()
                .map(c -> summarize(c, today))
                .toList();
    }

    public ConsultationDetails getConsultation(String slug) {
        return details(consultations
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("consultation.error.notFound", slug)));
    }

    public ConsultationDetails getConsultation(long consultationId) {
        return details(consultations
                .findById(consultationId)
                .orElseThrow(() -> new NotFoundException("consultation.error.notFound", consultationId)));
    }

    private ConsultationDetails details(Consultation consultation) {
        LocalDate today = LocalDate.now(clock);
        Phase phase = consultation.phaseOn(today);
        List<ThemeGroupSummary> groups = themeGroups.findByConsultation(consultation.id()).stream()
                .map(group -> summarize(group, consultation, phase))
                .toList();
        return new ConsultationDetails(summarize(consultation, today), groups);
    }

    /**
     * Every theme group of every consultation, the newest consultation first, in one query: for
     * what looks across all of them (search), where a query per consultation costs on every call.
     */
    public List<ThemeGroupSummary> allThemeGroups() {
        LocalDate today = LocalDate.now(clock);
        return themeGroups.findAllWithConsultations().stream()
                .map(group -> summarize(
                        group, group.consultation(), group.consultation().phaseOn(today)))
                .toList();
    }

    public ThemeGroupSummary getThemeGroup(String consultationSlug, String themeGroupSlug) {
        ThemeGroup group = themeGroups
                .findBySlugs(consultationSlug, themeGroupSlug)
                .orElseThrow(() -> new NotFoundException("themeGroup.error.notFound", themeGroupSlug));
        return summarize(group, group.consultation(), group.consultation().phaseOn(LocalDate.now(clock)));
    }

    public ThemeGroupSummary getThemeGroup(long themeGroupId) {
        ThemeGroup group = themeGroups
                .findWithConsultation(themeGroupId)
                .orElseThrow(() -> new NotFoundException("themeGroup.error.notFound", themeGroupId));
        return summarize(group, group.consultation(), group.consultation().phaseOn(LocalDate.now(clock)));
    }

    /** The phase a theme group's consultation is in today; cheaper than the summary, for checks on hot paths. */
    public Phase currentPhaseOfThemeGroup(long themeGroupId) {
        return consultations
                .findTimelineByThemeGroupId(themeGroupId)
                .orElseThrow(() -> new NotFoundException("themeGroup.error.notFound", themeGroupId))
                .phaseOn(LocalDate.now(clock));
    }

    /** Creates a consultation with its theme groups; slugs must be unique. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ConsultationSummary createConsultation(NewConsultation request) {
        if (consultations.findBySlug(request.slug()).isPresent()) {
            throw new DomainException("consultation.error.slugTaken", request.slug());
        }
        Consultation consultation = consultations.save(new Consultation(
                request.slug(), request.title(), request.region(), request.description(), request.timeline()));
        int position = 0;
        Set<String> slugs = new HashSet<>();
        for (NewConsultation.NewThemeGroup newGroup : request.themeGroups()) {
            if (!slugs.add(newGroup.slug())) {
                throw new DomainException("themeGroup.error.slugTaken", newGroup.slug());
            }
            ThemeGroup group =
                    new ThemeGroup(consultation, newGroup.slug(), newGroup.name(), newGroup.description(), position++);
            newGroup.leadAccountIds().forEach(group::addLead);
            themeGroups.save(group);
        }
        return summarize(consultation, LocalDate.now(clock));
    }

    private ConsultationSummary summarize(Consultation consultation, LocalDate today) {
        return new ConsultationSummary(
                consultation.id(),
                consultation.slug(),
                consultation.title(),
                consultation.region(),
                RichText.render(consultation.description()),
                consultation.description(),
                consultation.phaseOn(today),
                consultation.timeline().spans(),
                consultation.coordinatorAccountIds());
    }

    private static ThemeGroupSummary summarize(ThemeGroup group, Consultation consultation, Phase phase) {
        return new ThemeGroupSummary(
                group.id(),
                group.slug(),
                group.name(),
                group.description(),
                consultation.id(),
                consultation.slug(),
                consultation.title(),
                phase,
                group.leadAccountIds());
    }
}
