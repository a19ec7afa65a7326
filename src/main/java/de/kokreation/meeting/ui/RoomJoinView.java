package de.kokreation.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.meeting.LiveRoom;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;

/** People in the room type the code from the projector (or scan its QR code, which leads past this page). */
@Route(value = RoomJoinView.PATH, layout = MainLayout.class)
@AnonymousAllowed
public class RoomJoinView extends Div implements HasDynamicTitle {

    static final String PATH = "raum";

    public RoomJoinView(LiveRoom room) {
        addClassNames("kk-view", "kk-narrow");
        TextField code = TypedText.countedAsTyped(new TextField(getTranslation("room.code")));
        code.setMaxLength(20);
        code.setId("room-code");
        code.setHelperText(getTranslation("room.code.helper"));
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        Button join = new Button(getTranslation("room.join"), click -> {
            try {
                room.meetingOfCode(code.getValue());
                getUI().orElseThrow().navigate(PATH + "/" + LiveRoom.normalized(code.getValue()));
            } catch (DomainException refused) {
                code.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), refused));
                code.setInvalid(true);
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.setId("room-join");
        Div form = new Div(code, join);
        form.addClassName("kk-form-stack");
        add(new H1(getTranslation("room.joinTitle")), new Paragraph(getTranslation("room.joinIntro")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.joinTitle") + " – " + getTranslation("app.name");
    }
}
