package de.kokreation.actionplan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    Optional<ActionPlan> findBySlug(String slug);
}
