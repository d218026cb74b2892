/**
 * Postbag, a magazine's letters page. How the code is laid out, and why:
 *
 * <ul>
 *   <li><b>Packages by feature, in tiers.</b> Shared plumbing ({@code infrastructure}) at the
 *       bottom, then the magazine's house settings ({@code house}), {@code accounts}, the
 *       {@code letter}, the features ({@code publishing}, {@code linking}, {@code moderation},
 *       {@code editing}, {@code admin}, {@code submission}, {@code archive}), the other ways in
 *       ({@code intake}), and on top the pages that compose several features ({@code desk},
 *       {@code site}), with the {@code demo} above all. A
 *       package uses only lower tiers; {@code ArchitectureTest} checks it. Something every
 *       feature needs goes down a tier; a page that pulls features together goes up.
 *   <li><b>Inside a feature</b>: its domain types and application service, its Faces beans and
 *       filters in {@code web}. Services never import web types.
 *   <li><b>Aggregates guard their rules.</b> State changes are verbs ({@code approve},
 *       {@code reject}); constructors check their arguments; an illegal change throws a
 *       {@code DomainException} that the page turns into a message. Entities hold no
 *       {@code EntityManager}, send no mail and fire no events. Every mutable aggregate has a
 *       {@code @Version}; {@code StaleLetters} says who changed a letter under an editor.
 *   <li><b>Transactions at the application service</b>; a Faces action calls one service method,
 *       then redirects with a message.
 *   <li><b>Pure rules in rooms of their own</b> ({@code linking.citation}, {@code linking.quote},
 *       the text rules of {@code letter}): plain Java, tested without a server.
 *   <li><b>Configuration from the environment</b> ({@code infrastructure.Config}), the schema
 *       only from {@code db-migrations/}.
 * </ul>
 */
package org.postbag;
