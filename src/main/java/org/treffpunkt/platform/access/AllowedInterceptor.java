package org.treffpunkt.platform.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link Allowed} on control services; runs before {@code @Transactional} (priority 200).
 */
@Allowed
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AllowedInterceptor {

  @Inject Authorization authorization;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    Allowed allowed = invocation.getMethod().getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = invocation.getMethod().getDeclaringClass().getAnnotation(Allowed.class);
    }
    authorization.require(allowed.value());
    return invocation.proceed();
  }
}
