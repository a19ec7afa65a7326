package de.kokreation.actionplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportCommentRepository extends JpaRepository<ReportComment, Long> {}
