package es.conectaempleo.lti.catalog.boundary;

import es.conectaempleo.lti.catalog.entity.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The courses of the catalog, read once: they change only with a migration and a restart. */
@ApplicationScoped
public class Catalog {
  @PersistenceContext EntityManager em;

  private volatile List<Course> courses;
  private volatile Map<String, Course> byCode;

  /** Every course, in catalog order. */
  public List<Course> courses() {
    load();
    return courses;
  }

  public Optional<Course> findByCode(String code) {
    load();
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public Optional<Course> findById(long id) {
    return courses().stream().filter(c -> c.id() == id).findFirst();
  }

  private void load() {
    if (courses == null) {
      List<Course> all = em.createNamedQuery(Course.FIND_ALL, Course.class).getResultList();
      byCode = all.stream().collect(Collectors.toUnmodifiableMap(Course::code, Function.identity()));
      courses = List.copyOf(all);
    }
  }
}
