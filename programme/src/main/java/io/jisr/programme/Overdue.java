package io.jisr.programme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Which action items are overdue on a day, and the same list per assignee. */
public final class Overdue {
    private static final Comparator<ActionItem> OLDEST_FIRST =
            Comparator.comparing(ActionItem::due).thenComparing(ActionItem::id);

    private Overdue() {}

    /** Returns the items overdue on {@code day}, the longest overdue first. */
    public static List<ActionItem> on(Collection<ActionItem> items, LocalDate day) {
        return items.stream().filter(a -> a.isOverdue(day)).sorted(OLDEST_FIRST).toList();
    }

    /** Returns the items overdue on {@code day} per assignee (in name order), longest overdue first. */
    public static Map<String, List<ActionItem>> byAssignee(Collection<ActionItem> items, LocalDate day) {
        return on(items, day).stream()
                .collect(Collectors.groupingBy(ActionItem::assignee, TreeMap::new, Collectors.toList()));
    }
}
