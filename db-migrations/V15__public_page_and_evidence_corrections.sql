-- A writer's page (/writers/<name>) is linked from a printed letter only while its printed
-- sign-off still carries the writer's name: a letter whose editor changed the sign-off to
-- "Name and address supplied" must not lead to a page of that writer's letters under their
-- real name. Pieces printed before this rule lose the address they should not have had.
UPDATE piece
   SET author_slug = NULL
 WHERE author_slug IS NOT NULL
   AND (author_name IS NULL
        OR position(lower(regexp_replace(btrim(author_name), '\s+', ' ', 'g'))
                    IN lower(regexp_replace(sign_off, '\s+', ' ', 'g'))) = 0);

-- A confirmed citation link kept its evidence as a Java list prints it, in brackets; new links
-- keep words joined by "; ". The old ones lose their brackets (their commas cannot be told apart
-- from the reasons' own, so they stay).
UPDATE reply_link
   SET evidence = substr(evidence, 2, length(evidence) - 2)
 WHERE evidence LIKE '[%]';
