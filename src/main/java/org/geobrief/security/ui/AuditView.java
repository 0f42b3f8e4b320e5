package org.geobrief.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.geobrief.security.AuditLog;

/** The audit log for an admin: the latest imports, corrections, deletions and exports, who and when. */
@Route("audit")
@PageTitle("Audit log · GeoBrief")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public AuditView(AuditLog log) {
        setSizeFull();
        Grid<AuditLog.Entry> grid = new Grid<>();
        grid.addColumn(e -> WHEN.format(e.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::user).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::detail).setHeader("Detail").setFlexGrow(1);
        grid.setItems(log.recent(1000));
        grid.setSizeFull();
        add(new H2("Audit log"), grid);
    }
}
