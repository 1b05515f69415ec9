/**
 * People who log in to the web application: accounts with one role and what that role is linked to (a
 * professional, an organisation, a municipality, a region), password hashes, lockout after repeated
 * failures, and the second factor (TOTP). Owns {@code user_account}. Knows nothing of signals or matches:
 * the pages that show those live in the {@code site} module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "directory"})
package nl.verwijsindex.account;
