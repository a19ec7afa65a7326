package de.kokreation.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;

/** Where the page sits: a navigation landmark with an ordered list of links. */
public class Breadcrumbs extends Nav {

    private final OrderedList trail = new OrderedList();

    public Breadcrumbs() {
        addClassName("kk-breadcrumbs");
        getElement().setAttribute("aria-label", getTranslation("layout.breadcrumbs"));
        add(trail);
        link(getTranslation("layout.consultations"), "/");
    }

    public Breadcrumbs link(String text, String href) {
        trail.add(new ListItem(new Anchor(href, text)));
        return this;
    }
}
