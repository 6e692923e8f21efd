package se.styrkort.common;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @NotBlank} as the contract states it ({@code pattern: \S}, an ECMA-262 regex): the text
 * has a character that is not white space in ECMA-262's sense. Hibernate Validator's own check only
 * trims characters up to U+0020, so a title of a no-break, ideographic or zero-width no-break space
 * (U+00A0, U+3000, U+FEFF) was stored, and every later answer with it broke the contract.
 */
@Singleton
public class NotBlankAsContract implements ValidatorFactoryCustomizer {

  @Override
  public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(NotBlank.class)
        .includeExistingValidators(false)
        .validatedBy(Validator.class);
    configuration.addMapping(mapping);
  }

  /** ECMA-262 WhiteSpace and LineTerminator: what {@code \s} matches in the contract's regex. */
  static boolean isEcmaWhiteSpace(char c) {
    return switch (c) {
      case '\t',
              '\n',
              '\u000B',
              '\f',
              '\r',
              ' ',
              '\u00A0',
              '\u1680',
              '\u2028',
              '\u2029',
              '\u202F',
              '\u205F',
              '\u3000',
              '\uFEFF' ->
          true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  /** Valid when the text has a character that is not ECMA-262 white space (null never is). */
  public static class Validator implements ConstraintValidator<NotBlank, CharSequence> {
    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
      if (text == null) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        if (!isEcmaWhiteSpace(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }
}
