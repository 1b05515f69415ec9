// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.util.UUID;

/** An activation link was asked for and committed: its e-mail is due. Only the account's id, no address. */
public record ActivationQueued(UUID account) {}
