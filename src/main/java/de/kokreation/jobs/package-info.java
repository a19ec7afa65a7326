/**
 * Long work in the background: reports, clustering, the search index rebuild, workshop imports.
 * A job has an owner, a kind, a state and progress; it runs on a bounded pool per kind on the node
 * that took it, writes its result (if it makes a download) to a temporary file that is downloaded
 * as a stream and removed after a while, and keeps its state in {@code background_job} so that the
 * owner finds it again and a restarted node marks what it was running as failed. Pages follow a
 * job through server push ({@link de.kokreation.jobs.ui.JobControl}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "shared", "shell"})
package de.kokreation.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
