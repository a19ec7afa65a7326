package de.kokreation.meeting;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the pages of a room on this node (projector, phones, the moderator's controls) when its
 * state changed. The state lives in the database, so a vote on another node counts too: while
 * pages listen, the node reads the state of their rooms every {@code kokreation.meetings.room-refresh}
 * and passes on what changed; a change made on this node is passed on at once. One thread per
 * node, one query per room and round, whatever the number of phones.
 */
@Component
class RoomBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(RoomBroadcaster.class);

    private final Map<Long, Set<Consumer<RoomState>>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, RoomState> lastSent = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "room-broadcaster");
        thread.setDaemon(true);
        return thread;
    });
    private volatile @Nullable LongFunction<RoomState> reader;

    RoomBroadcaster(@Value("${kokreation.meetings.room-refresh:250ms}") java.time.Duration refresh) {
        rounds.scheduleWithFixedDelay(this::round, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How a room's state is read; set by the service that owns it. */
    void readWith(LongFunction<RoomState> stateReader) {
        this.reader = stateReader;
    }

    /** Registers a page; answers what to run when it goes. */
    Runnable listen(long meetingId, Consumer<RoomState> listener) {
        listeners.computeIfAbsent(meetingId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> {
            Set<Consumer<RoomState>> ofRoom = listeners.get(meetingId);
            if (ofRoom != null) {
                ofRoom.remove(listener);
                if (ofRoom.isEmpty()) {
                    listeners.remove(meetingId, ofRoom);
                    lastSent.remove(meetingId);
                }
            }
        };
    }

    /** A change on this node: the room's pages hear of it without waiting for the next round. */
    void changed(long meetingId) {
        // Many votes at once make one refresh, not one each.
        if (listeners.containsKey(meetingId) && pending.add(meetingId)) {
            rounds.execute(() -> {
                pending.remove(meetingId);
                refresh(meetingId);
            });
        }
    }

    private void round() {
        for (Long meetingId : listeners.keySet()) {
            refresh(meetingId);
        }
    }

    private void refresh(long meetingId) {
        LongFunction<RoomState> read = reader;
        Set<Consumer<RoomState>> ofRoom = listeners.get(meetingId);
        if (read == null || ofRoom == null || ofRoom.isEmpty()) {
            return;
        }
        try {
            RoomState state = read.apply(meetingId);
            if (Objects.equals(lastSent.put(meetingId, state), state)) {
                return;
            }
            for (Consumer<RoomState> listener : ofRoom) {
                try {
                    listener.accept(state);
                } catch (RuntimeException gone) {
                    // A page that just went away (its UI detached) must not keep the others from hearing.
                    log.debug("A page of room {} did not take the new state: {}", meetingId, gone.toString());
                }
            }
        } catch (RuntimeException failed) {
            // The next round tries again; a page that went away is removed by its own detach.
            log.warn("Could not refresh the room of meeting {}: {}", meetingId, failed.toString());
        }
    }

    @PreDestroy
    void stop() {
        rounds.shutdownNow();
    }
}
