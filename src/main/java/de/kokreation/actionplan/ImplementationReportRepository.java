package de.kokreation.actionplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImplementationReportRepository extends JpaRepository<ImplementationReport, Long> {}
