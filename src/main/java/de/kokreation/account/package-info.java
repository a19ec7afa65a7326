/**
 * Accounts, roles and who is logged in. Other modules refer to accounts by id only and ask
 * {@link de.kokreation.account.CurrentUser} who acts.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shell"})
package de.kokreation.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
