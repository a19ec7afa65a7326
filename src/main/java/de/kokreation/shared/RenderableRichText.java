package de.kokreation.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Rich text that {@link RichText#render} takes: nested no deeper than {@link RichText#MAX_NESTING}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RenderableRichText.Validator.class)
public @interface RenderableRichText {

    String message() default "{richtext.tooDeep}";

    /** The deepest nesting allowed; the message names it. */
    int max() default RichText.MAX_NESTING;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RenderableRichText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || RichText.isRenderable(value);
        }
    }
}
