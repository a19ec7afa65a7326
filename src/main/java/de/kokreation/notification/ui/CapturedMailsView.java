package de.kokreation.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.notification.CapturedMails;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;

/** The mails the embedded SMTP sink caught, newest first, with their links clickable. */
@Route(value = "admin/mails", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class CapturedMailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Optional<CapturedMails> sink;

    public CapturedMailsView(ObjectProvider<CapturedMails> sink) {
        this.sink = Optional.ofNullable(sink.getIfAvailable());
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("mails.title")));
        if (sink.isEmpty()) {
            add(new Paragraph(getTranslation("mails.noSink")));
            return;
        }
        List<CapturedMails.CapturedMail> mails = sink.get().newestFirst();
        add(new Paragraph(getTranslation("mails.intro", mails.size())));
        for (CapturedMails.CapturedMail mail : mails) {
            Span to = new Span(getTranslation("mails.to", mail.to()));
            Div meta = new Div(to, Html5.time(mail.receivedAt(), getLocale()));
            meta.addClassName("kk-meta");
            Div body = new Div();
            body.addClassName("kk-comment-body");
            Matcher links = LINK.matcher(mail.text());
            int last = 0;
            while (links.find()) {
                body.add(new Span(mail.text().substring(last, links.start())));
                body.add(new Anchor(links.group(), links.group()));
                last = links.end();
            }
            body.add(new Span(mail.text().substring(last)));
            Article article = new Article(new H2(mail.subject()), meta, body);
            article.addClassName("kk-card");
            add(article);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mails.title") + " – " + getTranslation("app.name");
    }
}
