package org.geobrief.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.geobrief.ingest.ArticleLibrary;
import org.geobrief.ingest.ArticleQuery;
import org.geobrief.ingest.ArticleQuery.Column;
import org.geobrief.ingest.ArticleSummary;
import org.geobrief.ingest.DeletedArticle;

/**
 * The article library: every stored article (events or not) with its counts, searchable and sortable; the selected
 * one opens in the reader and can be re-dated, analysed again or deleted (with Undo).
 */
@Route("articles")
@PageTitle("Articles · GeoBrief")
@PermitAll // a viewer reads the library; re-dating, analysing again and deleting need an analyst
public class ArticlesView extends VerticalLayout {

    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Widths of Title, Outlet, Published, Events, Places, Imported (em). */
    static final String[] COLUMN_WIDTHS = {"7.8em", "5.6em", "7.4em", "6.2em", "6.2em", "7.2em"};

    private final DashboardData data;
    final TextField search = new TextField();
    final Span count = new Span();
    final Grid<ArticleEntry> grid = new Grid<>();
    final ReaderPanel reader = new ReaderPanel();
    final DatePicker published = IsoDatePicker.of("Publication date");
    final Button setDate = new Button("Set date");
    final TextField outlet = new TextField("Outlet");
    final Button setOutlet = new Button("Set outlet");
    final Button reanalyse = new Button("Analyse again");
    final Button delete = new Button("Delete");
    final ImportLogPanel importLog = new ImportLogPanel();

    public ArticlesView(DashboardData data) {
        this.data = data;
        search.setPlaceholder("Search titles, texts, places");
        search.setWidth("17em"); // the default width cut the placeholder
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show());
        search.setId("article-search");
        count.setId("article-count");
        HorizontalLayout header =
                new HorizontalLayout(new H2("Articles"), MapView.routerLink("", "Map"), search, count);
        header.setAlignItems(Alignment.BASELINE);
        header.setPadding(true);

        grid.setId("article-grid");
        // each column sorts by its fixed SQL expression in the store (ArticleQuery.Column); the grid pages lazily
        grid.addColumn(e -> title(e.article())).setHeader("Title").setSortProperty(Column.TITLE.name());
        // without an outlet, what the Source filter and the event panel show: "Pasted text" or the file's name
        grid.addColumn(e -> e.article().shownSource()).setHeader("Outlet").setSortProperty(Column.OUTLET.name());
        grid.addColumn(ArticleEntry::publishedText)
                .setHeader("Published")
                .setSortProperty(Column.PUBLISHED.name())
                .setTooltipGenerator(ArticleEntry::publishedOrigin);
        grid.addColumn(ArticleEntry::events).setHeader("Events").setSortProperty(Column.EVENTS.name());
        grid.addColumn(ArticleEntry::places).setHeader("Places").setSortProperty(Column.PLACES.name());
        // the day, with the time (UTC) as the tooltip: the whole timestamp took the title's width at 1024 pixels
        grid.addColumn(e -> IMPORTED.format(e.article().importedAt().atZone(ZoneOffset.UTC))
                        .substring(0, 10))
                .setHeader("Imported")
                .setSortProperty(Column.IMPORTED.name())
                .setTooltipGenerator(
                        e -> IMPORTED.format(e.article().importedAt().atZone(ZoneOffset.UTC)) + " UTC");
        // fixed widths that fit the left side at 1024 pixels with every column whole (auto widths pushed Places and
        // Imported out of view there, and at 1280); the title and the outlet share what is left, the title more.
        // A sortable header needs its letters plus the sort indicator and padding: "Events" was cut to "Eve…" at 5.4em
        String[] widths = COLUMN_WIDTHS;
        int[] grow = {3, 1, 0, 0, 0, 0};
        for (int i = 0; i < widths.length; i++) {
            grid.getColumns().get(i).setResizable(true).setWidth(widths[i]).setFlexGrow(grow[i]);
        }
        grid.getColumns().get(0).setTooltipGenerator(e -> title(e.article()));
        grid.getColumns()
                .get(1)
                .setTooltipGenerator(e ->
                        e.article().outlet() == null || e.article().outlet().isBlank()
                                ? "No outlet set: listed as “" + e.article().shownSource() + "”"
                                : e.article().outlet());
        grid.getColumns().get(3).setTextAlign(ColumnTextAlign.END);
        grid.getColumns().get(4).setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.asSingleSelect().addValueChangeListener(e -> open(e.getValue()));

        setDate.addClickListener(e -> selected().ifPresent(a -> {
            data.changePublished(a.id(), published.getValue());
            Notification.show("Publication date of “" + title(a) + "” set to "
                    + Objects.toString(published.getValue(), "undated") + "; its events were dated again.");
            reload(a);
        }));
        published.setId("article-published");
        setDate.setId("set-date");
        outlet.setId("article-outlet");
        outlet.setMaxLength(ArticleLibrary.MAX_OUTLET);
        outlet.setClearButtonVisible(true);
        outlet.setWidth("11em");
        setOutlet.setId("set-outlet");
        setOutlet.addClickListener(e -> selected().ifPresent(this::changeOutlet));
        reanalyse.addClickListener(e -> selected().ifPresent(a -> {
            data.reanalyse(a.id());
            Notification.show("“" + title(a) + "” analysed again.");
            reload(a);
        }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::delete));
        HorizontalLayout actions = new HorizontalLayout(published, setDate, outlet, setOutlet, reanalyse, delete);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true); // at 1024 pixels the outlet's field and button go to a second line, none is cut
        // a viewer reads; the facade refuses the changes anyway, whatever the browser sends
        Stream.of(published, setDate, outlet, setOutlet, reanalyse, delete)
                .forEach(c -> c.setVisible(data.mayChange()));
        VerticalLayout left = new VerticalLayout(grid, actions, importLog);
        left.setPadding(false);
        left.setSizeFull();
        left.setFlexGrow(1, grid);
        reader.getStyle().set("overflow", "auto");
        reader.setCorrectable(false); // a place is corrected on the map, where the right one can be picked
        SplitLayout body = new SplitLayout(left, reader);
        body.setSplitterPosition(66);
        body.setSizeFull();
        setSizeFull();
        setPadding(false);
        add(header, body);
        setFlexGrow(1, body);
        reload(null);
    }

    /** Reads the articles again and selects {@code keep} (by id) if it is still there. */
    void reload(ArticleSummary keep) {
        show();
        importLog.show(data.recentImports(ImportLogPanel.SHOWN));
        grid.deselectAll();
        // the grid knows its rows by article id and draws the selected instance: it must be the fresh one
        Optional<ArticleEntry> fresh = keep == null ? Optional.empty() : data.libraryEntry(keep.id());
        fresh.ifPresentOrElse(grid::select, () -> open(null));
    }

    /**
     * Asks the store again for the rows the grid shows, one page at a time in the grid's sort order, and for the
     * counts. A new provider, not refreshAll: the grid drops its cached rows and its selection, as with a new list.
     */
    private void show() {
        grid.setItems(new CallbackDataProvider<ArticleEntry, Void>(
                q -> data.articles(query(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> data.countArticles(query(List.of())),
                e -> e.article().id()));
        int all = data.countArticles(ArticleQuery.all());
        int shown = search.getValue().isBlank() ? all : data.countArticles(query(List.of()));
        count.setText(shown == all ? all + (all == 1 ? " article" : " articles") : shown + " of " + all + " articles");
    }

    private ArticleQuery query(List<QuerySortOrder> sortOrders) {
        return new ArticleQuery(
                search.getValue(),
                sortOrders.stream()
                        .map(o -> new ArticleQuery.Order(
                                Column.valueOf(o.getSorted()), o.getDirection() == SortDirection.DESCENDING))
                        .toList());
    }

    private void open(ArticleEntry e) {
        boolean chosen = e != null;
        Stream.of(published, setDate, outlet, setOutlet, reanalyse, delete).forEach(c -> c.setEnabled(chosen));
        if (!chosen) {
            outlet.clear();
            reader.removeAll();
            return;
        }
        data.article(e.article().id()).ifPresent(a -> {
            published.setValue(a.article().published()); // as stored now: the row may be older than a re-dating
            outlet.setValue(Objects.toString(a.article().outlet(), ""));
            outlet.setHelperText("Shown as “"
                    + ArticleSummary.shownSource(
                            a.article().outlet(), a.article().source()) + "”");
            published.setHelperText(data.libraryEntry(a.article().id())
                    .map(ArticleEntry::publishedOrigin)
                    .orElse(""));
            reader.show(a, null);
        });
    }

    /** Stores the outlet typed (blank: none) and tells under which name the article's events are listed now. */
    private void changeOutlet(ArticleSummary a) {
        String typed = outlet.getValue().isBlank() ? null : outlet.getValue();
        try {
            data.changeOutlet(a.id(), typed);
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage());
            return;
        }
        String shown = ArticleSummary.shownSource(typed == null ? null : typed.strip(), a.source());
        Notification.show((typed == null ? "Outlet of “" + title(a) + "” cleared" : "Outlet of “" + title(a) + "” set")
                + "; its events are listed under “" + shown + "” in the Source filter, the event panel and exports.");
        reload(a);
    }

    private void delete(ArticleSummary a) {
        Optional<DeletedArticle> deleted = data.delete(a.id());
        reload(null);
        deleted.ifPresent(d -> {
            Notification n = new Notification();
            n.setId("deleted-notice");
            n.setDuration(10_000);
            n.setPosition(Notification.Position.BOTTOM_START);
            Button undo = new Button("Undo", e -> {
                n.close();
                data.restore(d);
                reload(a);
            });
            undo.setId("undo-delete");
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            n.add(new HorizontalLayout(new Span("Deleted “" + title(a) + "” with its events."), undo));
            n.open();
        });
    }

    private Optional<ArticleSummary> selected() {
        return grid.asSingleSelect().getOptionalValue().map(ArticleEntry::article);
    }

    private static String title(ArticleSummary a) {
        return a.title() == null || a.title().isBlank() ? a.source() : a.title();
    }
}
