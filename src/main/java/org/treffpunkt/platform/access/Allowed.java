package org.treffpunkt.platform.access;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a use case needs, checked before the method runs (and before its transaction
 * starts) by {@link AllowedInterceptor}: anonymous callers get 401, callers without the permission
 * 403. Scopes (a partner's own meetings or registrations) are checked inside the method with {@link
 * Authorization}, once the meeting is known.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {
  @Nonbinding
  Permission value() default Permission.USE_BACK_OFFICE;
}
