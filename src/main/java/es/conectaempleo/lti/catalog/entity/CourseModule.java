package es.conectaempleo.lti.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** A module of a course: lessons in order, then one quiz. Reference data, seeded by migration. */
@Entity
@Cacheable
@Table(name = "course_module")
@NamedQuery(
    name = CourseModule.FIND_ALL,
    query = "SELECT m FROM CourseModule m ORDER BY m.courseId, m.position")
public class CourseModule {
  public static final String FIND_ALL = "CourseModule.findAll";

  @Id private Long id;

  @Column(name = "course_id", nullable = false, updatable = false)
  private long courseId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "title_es", nullable = false, updatable = false)
  private String titleEs;

  @Column(name = "title_en", nullable = false, updatable = false)
  private String titleEn;

  @OneToMany(fetch = FetchType.EAGER)
  @JoinColumn(name = "module_id")
  @OrderBy("position")
  private List<Lesson> lessons;

  @OneToOne(fetch = FetchType.EAGER, mappedBy = "module")
  private Quiz quiz;

  protected CourseModule() {}

  public Long id() {
    return id;
  }

  public long courseId() {
    return courseId;
  }

  public int position() {
    return position;
  }

  public String titleEs() {
    return titleEs;
  }

  public String titleEn() {
    return titleEn;
  }

  public List<Lesson> lessons() {
    return lessons;
  }

  /** May be {@code null} while a module has no quiz yet. */
  public Quiz quiz() {
    return quiz;
  }
}
