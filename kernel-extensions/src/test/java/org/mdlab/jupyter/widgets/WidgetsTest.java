package org.mdlab.jupyter.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class WidgetsTest {

    private RecordingChannel channel;

    @BeforeEach
    void connect() {
        channel = new RecordingChannel();
        Widgets.use(channel, new Renderer());
    }

    private List<JsonObject> sent(Class<?> content) {
        List<JsonObject> data = new ArrayList<>();
        for (Message<?> m : channel.published) {
            if (content.isInstance(m.getContent())) {
                data.add(m.getContent() instanceof CommOpenCommand o ? o.getData() : ((CommMsgCommand) m.getContent()).getData());
            }
        }
        return data;
    }

    private static Message<CommMsgCommand> fromFrontend(Widget widget, String json) {
        JsonObject data = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
        return new Message<>(new Header<>(CommMsgCommand.MESSAGE_TYPE), new CommMsgCommand(widget.id(), data));
    }

    @Test
    void aWidgetOpensOnlyWhenDisplayedAndItsReferencesOpenFirst() {
        IntSlider slider = IntSlider.of("n", 1, 9, 2);
        slider.value(3);
        assertTrue(channel.published.isEmpty(), "setters before the first display send nothing");
        slider.id();
        List<JsonObject> opens = sent(CommOpenCommand.class);
        // layout, style, then the slider itself: the frontend must know a model before a reference to it
        assertEquals(List.of("LayoutModel", "SliderStyleModel", "IntSliderModel"),
                opens.stream().map(o -> o.getAsJsonObject("state").get("_model_name").getAsString()).toList());
        assertEquals(3, opens.get(2).getAsJsonObject("state").get("value").getAsInt());
    }

    @Test
    void aValueSetFromJavaIsOneUpdateOfThatKey() {
        FloatSlider slider = FloatSlider.of("δ", 0, 1, 0.1, 0.5);
        slider.id();
        channel.published.clear();
        slider.value(0.7);
        slider.value(0.7);
        List<JsonObject> updates = sent(CommMsgCommand.class);
        assertEquals(1, updates.size(), "an unchanged value is not sent again");
        assertEquals("update", updates.get(0).get("method").getAsString());
        assertEquals(0.7, updates.get(0).getAsJsonObject("state").get("value").getAsDouble(), 0);
    }

    @Test
    void anUpdateFromTheFrontendIsEchoedThenObserved() {
        List<Integer> seen = new ArrayList<>();
        IntSlider slider = IntSlider.of("n", 0, 10, 1).onChange(seen::add);
        slider.id();
        channel.published.clear();
        slider.receive(fromFrontend(slider, "{\"method\":\"update\",\"state\":{\"value\":6},\"buffer_paths\":[]}"));
        assertEquals(List.of(6), seen);
        assertEquals(6, slider.value());
        JsonObject echo = sent(CommMsgCommand.class).get(0);
        assertEquals("echo_update", echo.get("method").getAsString());
        assertEquals(6, echo.getAsJsonObject("state").get("value").getAsInt());
    }

    @Test
    void aRangeKeepsItsElementTypeAndASelectionMapsItsIndexToALabel() {
        IntRangeSlider range = IntRangeSlider.of("r", 0, 10, 2, 5);
        range.receive(fromFrontend(range, "{\"method\":\"update\",\"state\":{\"value\":[3,8]}}"));
        assertEquals(3, range.lower());
        assertEquals(8, range.upper());
        List<String> picked = new ArrayList<>();
        Dropdown dropdown = Dropdown.of("F", List.of("uniform", "exponential")).onChange(picked::add);
        dropdown.receive(fromFrontend(dropdown, "{\"method\":\"update\",\"state\":{\"index\":1}}"));
        assertEquals(List.of("exponential"), picked);
    }

    @Test
    void anImageTravelsAsABinaryBuffer() {
        Image image = Image.png(new byte[] {1, 2, 3});
        image.id();
        JsonObject open = sent(CommOpenCommand.class).get(1);
        JsonArray paths = open.getAsJsonArray("buffer_paths");
        assertEquals("[[\"value\"]]", paths.toString());
        Message<?> message = channel.published.get(1);
        assertEquals(1, message.getBlobs().size());
        assertEquals(3, message.getBlobs().get(0).length);
    }

    @Test
    void aButtonClickRunsItsActions() {
        AtomicInteger clicks = new AtomicInteger();
        Button button = Button.of("solve").onClick(clicks::incrementAndGet);
        button.receive(fromFrontend(button, "{\"method\":\"custom\",\"content\":{\"event\":\"click\"}}"));
        assertEquals(1, clicks.get());
    }

    @Test
    void closingSendsCommCloseAndForgetsTheModel() {
        Checkbox box = Checkbox.of("x", false);
        String id = box.id();
        assertTrue(Widgets.models().containsKey(id));
        box.close();
        assertFalse(box.isOpen());
        assertFalse(Widgets.models().containsKey(id));
    }

    private static void rejects(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call, "a bad " + argument + " must be rejected");
        assertTrue(e.getMessage().contains(argument), "the message names " + argument + ": " + e.getMessage());
    }

    @Test
    void badArgumentsAreRejectedWithTheirName() {
        rejects("value", () -> IntSlider.of("n", 0, 10, 11));
        rejects("min", () -> FloatSlider.of("x", 1, 0, 0.1, 0.5));
        rejects("step", () -> FloatSlider.of("x", 0, 1, 0, 0.5));
        rejects("min", () -> FloatSlider.of("x", Double.NaN, 1, 0.1, 0.5));
        rejects("lower", () -> IntRangeSlider.of("r", 0, 10, 6, 5));
        rejects("index", () -> Dropdown.of("d", List.of("a"), 3));
        rejects("options", () -> ToggleButtons.of("t", List.of()));
        rejects("label", () -> Dropdown.of("d", List.of("a")).value("b"));
        rejects("property", () -> Layout.class.cast(IntSlider.of("n", 0, 1, 0).layout()).set("colour", "red"));
        rejects("key", () -> IntSlider.of("n", 0, 1, 0).style().set("colour", "red"));
        rejects("style", () -> Button.of("b").buttonStyle("loud"));
        rejects("controls", () -> Interact.of(() -> "x"));
        rejects("method", () -> {
            IntSlider s = IntSlider.of("n", 0, 1, 0);
            s.receive(fromFrontend(s, "{\"method\":\"explode\"}"));
        });
    }
}
