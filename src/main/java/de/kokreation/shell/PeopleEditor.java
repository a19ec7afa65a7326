package de.kokreation.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import de.kokreation.shared.DomainException;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;

/**
 * The people in a role on an object (coordinators, leads, responsible persons): their names, each
 * with a labelled remove button, and a field that adds a person by e-mail address. The services
 * check every change; a refusal is shown at the field and the typed address stays.
 */
public class PeopleEditor extends Section {

    /** The longest e-mail address an account can have (RFC 5321). */
    private static final int EMAIL_MAX = 254;

    /**
     * @param accountByEmail the active account of an address, or a {@link DomainException} saying why none
     * @param changed runs after each change, to render the page anew
     */
    public PeopleEditor(
            String heading,
            Map<Long, String> names,
            ToLongFunction<String> accountByEmail,
            LongConsumer add,
            LongConsumer remove,
            String idPrefix,
            Runnable changed) {
        addClassName("kk-form-stack");
        UnorderedList list = new UnorderedList();
        list.setId(idPrefix + "-people");
        names.forEach((id, name) -> {
            Button removeButton = new Button(getTranslation("manage.remove"), click -> {
                try {
                    remove.accept(id);
                    changed.run();
                } catch (DomainException refused) {
                    UserMessages.showFailure(refused);
                }
            });
            removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            removeButton.getElement().setAttribute("aria-label", getTranslation("manage.removePerson", name));
            list.add(new ListItem(new Span(name + " "), removeButton));
        });
        EmailField email = new EmailField(getTranslation("manage.addByEmail"));
        email.setMaxLength(EMAIL_MAX);
        email.setId(idPrefix + "-email");
        Button addButton = new Button(getTranslation("manage.add"), click -> {
            try {
                add.accept(accountByEmail.applyAsLong(email.getValue()));
                changed.run();
            } catch (DomainException rejected) {
                email.setInvalid(true);
                email.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
            }
        });
        addButton.setId(idPrefix + "-add");
        add(new H3(heading), list, email, addButton);
    }
}
