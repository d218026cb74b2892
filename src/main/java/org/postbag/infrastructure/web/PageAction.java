package org.postbag.infrastructure.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page's bean whose actions call services: a refusal ({@code DomainException}) or a
 * lost race against another person becomes a message on the page, in one place
 * ({@link PageActionBoundary}), instead of a catch block in every action. A bean that knows
 * better words for a lost race (who changed the letter, and when) implements {@link LostRace}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PageAction {

    /** A page that can say what another person changed while it was open. */
    interface LostRace {
        String lostRaceMessage();
    }
}
