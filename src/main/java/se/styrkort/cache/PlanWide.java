package se.styrkort.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET whose answer is a function of one plan's content (or, without a plan, of every
 * plan's) and of the request: it is computed once per change of the plan and then served from
 * memory, and its ETag derives from the plan's content version, so a 304 costs no computation. See
 * {@link PlanWideFilter} for what the cache key holds; a new plan-wide document opts in with this
 * one annotation.
 *
 * <p>Only for answers that depend on nothing else: not the clock, not the caller beyond whether
 * they are signed in (and, across plans, which plans they may read).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlanWide {}
