package de.kokreation.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Native HTML tables for lists that moderators work through: a caption, column headers, a box that
 * scrolls on narrow screens instead of the page, and page buttons. Unlike a grid, every control in a
 * cell is reached with Tab.
 */
public final class DataTables {

    private DataTables() {}

    /** A table with a caption and column headers; rows go into {@code getBody()}. */
    public static NativeTable table(String id, String caption, List<String> columnHeaders) {
        NativeTable table = new NativeTable();
        table.addClassName("kk-table");
        table.setId(id);
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : columnHeaders) {
            var cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    /**
     * The table in a box that scrolls sideways by itself on a phone. The box can take the focus, so
     * that a keyboard scrolls it too (WCAG 2.1.1); it is named after the table's caption.
     */
    public static Div scrolling(NativeTable table) {
        Div scroller = new Div(table);
        scroller.addClassName("kk-table-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        String caption = table.getCaptionText();
        if (caption != null && !caption.isBlank()) {
            scroller.getElement().setAttribute("aria-label", caption);
        }
        return scroller;
    }

    /**
     * Previous and next buttons around "page n of m" for a list paged on the server; {@code goTo}
     * receives the zero-based page to show. The buttons' ids start with {@code idPrefix}.
     */
    public static Nav pagination(
            Component context, int page, long total, int pageSize, IntConsumer goTo, String idPrefix) {
        int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        Nav nav = new Nav();
        nav.addClassName("kk-pagination");
        nav.getElement().setAttribute("aria-label", context.getTranslation("pagination.label"));
        if (page > 0) {
            Button previous = new Button(context.getTranslation("pagination.previous"), click -> goTo.accept(page - 1));
            previous.setId(idPrefix + "-previous");
            nav.add(previous);
        }
        nav.add(new Span(context.getTranslation("pagination.position", page + 1, pageCount)));
        if (page + 1 < pageCount) {
            Button next = new Button(context.getTranslation("pagination.next"), click -> goTo.accept(page + 1));
            next.setId(idPrefix + "-next");
            nav.add(next);
        }
        return nav;
    }
}
