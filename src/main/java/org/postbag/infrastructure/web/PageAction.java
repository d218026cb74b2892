package org.postbag.infrastructure.web;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page's bean whose actions call services: a refusal ({@code DomainException}) or a
 * lost race against another person becomes a message on the page, in one place
 * ({@link PageActionBoundary}), instead of a catch block in every action. A bean that knows
 * better words for a lost race (who changed the letter, and when) implements {@link LostRace};
 * one that must do more after a refusal (read its rows again) implements {@link Refused}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PageAction {

    /**
     * The client id of the field a refusal of this action belongs to, so that the error summary
     * links to it; empty for the top of the page (where a lost race always goes). Put on the
     * action method.
     */
    @Nonbinding
    String refusalFor() default "";

    /** A page that can say what another person changed while it was open. */
    interface LostRace {
        String lostRaceMessage();
    }

    /** A page that has more to do once an action of it was refused, such as reading its rows again. */
    interface Refused {
        void refused();
    }
}
