package org.treffpunkt.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Method calls in page expressions ({@code #{m.title()}}, {@code #{fmt.date(m.start())}}) without
 * looking the method up again on every call: the standard resolver lists all public methods of the
 * class (a copy of each) per call, which was most of the start page's time (20 meetings, about 25
 * calls each). Here each class's methods are listed once; a call is handled when the class has
 * exactly one public method of that name and number of parameters and the arguments already have
 * its types. Anything else (overloads, arguments to coerce) goes on to the standard resolver.
 * Registered in faces-config.xml.
 */
public class MethodCalls extends ELResolver {

  private static final ClassValue<Map<String, Method>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> unique = new HashMap<>();
          Map<String, Integer> seen = new HashMap<>();
          for (Method method : type.getMethods()) {
            String key = method.getName() + "/" + method.getParameterCount();
            if (seen.merge(key, 1, Integer::sum) == 1) {
              Method accessible = accessible(type, method);
              if (accessible != null) {
                unique.put(key, accessible);
              }
            } else {
              unique.remove(key);
            }
          }
          return Map.copyOf(unique);
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !(method instanceof String name)) {
      return null;
    }
    Object[] args = params == null ? new Object[0] : params;
    Method target = METHODS.get(base.getClass()).get(name + "/" + args.length);
    if (target == null || !fits(target.getParameterTypes(), args)) {
      return null;
    }
    try {
      Object result = target.invoke(base, args);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      return null; // the standard resolver decides
    }
  }

  private static boolean fits(Class<?>[] types, Object[] args) {
    for (int i = 0; i < types.length; i++) {
      if (args[i] == null ? types[i].isPrimitive() : !wrapped(types[i]).isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static final List<Class<?>> PRIMITIVES =
      List.of(int.class, long.class, boolean.class, double.class, float.class, short.class);
  private static final List<Class<?>> WRAPPERS =
      List.of(Integer.class, Long.class, Boolean.class, Double.class, Float.class, Short.class);

  private static Class<?> wrapped(Class<?> type) {
    int primitive = PRIMITIVES.indexOf(type);
    return primitive >= 0 ? WRAPPERS.get(primitive) : type.isPrimitive() ? Void.class : type;
  }

  /** The method as callable from here: declared by a public class or interface, else null. */
  private static Method accessible(Class<?> type, Method method) {
    if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
      return method;
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> candidate : with(c)) {
        if (Modifier.isPublic(candidate.getModifiers())) {
          try {
            return candidate.getMethod(method.getName(), method.getParameterTypes());
          } catch (NoSuchMethodException notHere) {
            // look further
          }
        }
      }
    }
    return null;
  }

  private static List<Class<?>> with(Class<?> type) {
    List<Class<?>> all = new java.util.ArrayList<>(List.of(type.getInterfaces()));
    all.add(0, type);
    return all;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // values are set by the standard resolvers
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
