package de.kokreation.drafting;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentOnDraftRepository extends JpaRepository<CommentOnDraft, Long> {}
