package de.kokreation.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The built-in texts of Vaadin components in the UI language: without this, a German page shows
 * English month names, "Today", "Cancel" and "Show password", and weeks start on Sunday.
 * Call it where such a component is made (the UI's locale is known then).
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** Month and weekday names from the locale, weeks from Monday (ISO 8601), buttons and messages from the bundles. */
    public static DatePicker localized(DatePicker picker) {
        Locale locale = TranslationProvider.supported(locale(picker));
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays(symbols.getWeekdays()))
                .setWeekdaysShort(weekdays(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datePicker.badInput"))
                .setRequiredErrorMessage(picker.getTranslation("datePicker.required")));
        // after the texts: the locale brings the date format (31.12.2026) that typed dates are read in
        picker.setLocale(locale);
        return picker;
    }

    /** The messages for a time that cannot be read or is missing; the locale brings the 24-hour clock. */
    public static TimePicker localized(TimePicker picker) {
        Locale locale = TranslationProvider.supported(locale(picker));
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("timePicker.badInput"))
                .setRequiredErrorMessage(picker.getTranslation("timePicker.required")));
        picker.setLocale(locale);
        return picker;
    }

    /** The messages for a number that cannot be read or is out of range. */
    public static IntegerField localized(IntegerField field, int min, int max) {
        field.setMin(min);
        field.setMax(max);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("numberField.badInput"))
                .setMinErrorMessage(field.getTranslation("numberField.min", min))
                .setMaxErrorMessage(field.getTranslation("numberField.max", max)));
        return field;
    }

    /** The reveal button's accessible name ("Passwort anzeigen"), which has no Java API. */
    public static PasswordField localized(PasswordField field) {
        field.getElement()
                .executeJs(
                        "this.i18n = Object.assign({}, this.i18n, {reveal: $0})",
                        field.getTranslation("password.reveal"));
        return field;
    }

    /** The login form's own password field gets the same reveal label. */
    public static LoginForm localized(LoginForm form) {
        form.getElement().executeJs("""
                const label = $0;
                const apply = () => this.querySelectorAll('vaadin-password-field')
                    .forEach(field => field.i18n = Object.assign({}, field.i18n, {reveal: label}));
                apply();
                customElements.whenDefined('vaadin-password-field').then(apply);
                requestAnimationFrame(apply);
                """, form.getTranslation("password.reveal"));
        return form;
    }

    /** The upload's buttons, drop hint, errors and units in the UI language. */
    public static Upload localized(Upload upload) {
        UploadI18N i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("upload.dropFile"))
                        .setMany(upload.getTranslation("upload.dropFiles")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("upload.addFile"))
                        .setMany(upload.getTranslation("upload.addFiles")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.tooManyFiles"))
                        .setFileIsTooBig(upload.getTranslation("upload.fileIsTooBig"))
                        .setIncorrectFileType(upload.getTranslation("upload.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.connecting"))
                                .setStalled(upload.getTranslation("upload.stalled"))
                                .setProcessing(upload.getTranslation("upload.processing"))
                                .setHeld(upload.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remainingPrefix"))
                                .setUnknown(upload.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.unexpectedServerError"))
                                .setForbidden(upload.getTranslation("upload.forbidden"))))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("upload.retry"))
                        .setStart(upload.getTranslation("upload.start"))
                        .setRemove(upload.getTranslation("upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    /** Java's weekday arrays start at index 1 with Sunday, as the date picker expects. */
    private static List<String> weekdays(String[] javaWeekdays) {
        return Arrays.asList(javaWeekdays).subList(1, 8);
    }

    private static Locale locale(Component component) {
        UI ui = component.getUI().orElse(UI.getCurrent());
        return ui == null ? Locale.GERMAN : ui.getLocale();
    }
}
