"""The title's painted dusk is kept on disk between launches and read back into the picture:
the same pixels as painting it, never trusted when anything that decides them has changed,
and written off the frame that painted it."""

from __future__ import annotations

import threading

import pygame
import pytest
from ui_support import make_app

from game.ui.visuals import backgrounds, shelf
from game.ui.visuals.shelf import PictureShelf


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    """This test's own cache folder: another test's window may have kept the dusk already."""
    monkeypatch.setenv("HER_CACHE_DIR", str(tmp_path))


@pytest.fixture
def painted(monkeypatch):
    """The scenes each painting painted, by name."""
    calls: list[str] = []
    strokes = backgrounds._strokes_at  # noqa: SLF001 — every painting of a scene at a size

    def watched(key, surface):  # noqa: ANN001, ANN202
        calls.append(key)
        return strokes(key, surface)

    monkeypatch.setattr(backgrounds, "_strokes_at", watched)
    return calls


def _pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGB")


def test_a_second_launch_reads_the_title_s_painting_back_pixel_for_pixel(tmp_path, painted):
    folder = tmp_path / "pictures"
    first = make_app(tmp_path / "one")  # the title, two frames: painted, then kept
    first.writer.join()
    assert painted == ["dusk"]
    kept = sorted(folder.glob("dusk-1280x720-*.pixels"))
    assert len(kept) == 1 and kept[0].stat().st_size >= 1280 * 720 * 4
    picture = _pixels(first.backdrops.get("dusk", (1280, 720)))
    title = _pixels(first.window)
    first.close()
    pygame.display.quit()
    second = make_app(tmp_path / "two")
    assert painted == ["dusk"]  # read back, not painted again
    assert _pixels(second.backdrops.get("dusk", (1280, 720))) == picture
    assert _pixels(second.window) == title  # the whole title, the same
    second.close()
    pygame.display.quit()


def test_the_painting_is_written_after_its_frame_on_the_writer_thread(tmp_path, monkeypatch):
    from game.ui.app import App
    from game.ui.scenes.title import TitleScene

    writers: list[str] = []
    write = shelf._write  # noqa: SLF001
    monkeypatch.setattr(shelf, "_write", lambda path, pixels: (
        writers.append(threading.current_thread().name), write(path, pixels)))
    app = make_app(tmp_path / "a")  # the title's first two frames
    app.writer.join()
    assert writers == ["her-window"]
    app.close()
    pygame.display.quit()
    writers.clear()
    monkeypatch.setenv("HER_CACHE_DIR", str(tmp_path / "elsewhere"))
    again = App(app.story, tmp_path / "b", size=(1280, 720), fullscreen=False)
    again.replace(TitleScene(again))
    again.run_ticks(1)
    assert again.frames_drawn == 1 and writers == [] and not again.writer.thread.is_alive()
    again.close()  # a window closed on its first frame still keeps it
    assert writers == ["her-window"] and list((tmp_path / "elsewhere").glob("**/*.pixels"))
    pygame.display.quit()


def test_a_kept_picture_is_trusted_only_as_it_was_made(tmp_path, painted):
    """Another length, other painting code, another size: painted afresh."""
    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    pictures = PictureShelf(tmp_path)
    made = backgrounds.Backdrops(pictures).get("dusk", (1280, 720))
    for job in pictures.take_pending():
        job()
    assert painted == ["dusk"]
    (kept,) = tmp_path.glob("*.pixels")
    backgrounds.Backdrops(PictureShelf(tmp_path)).get("dusk", (1280, 720))
    assert painted == ["dusk"]
    kept.write_bytes(kept.read_bytes()[:-4])  # cut short
    again = backgrounds.Backdrops(PictureShelf(tmp_path)).get("dusk", (1280, 720))
    assert painted == ["dusk", "dusk"] and _pixels(again) == _pixels(made)
    edited = PictureShelf(tmp_path)
    edited._code = 12345  # noqa: SLF001 — as if backgrounds.py or paint.py had changed
    backgrounds.Backdrops(edited).get("dusk", (1280, 720))
    assert painted == ["dusk"] * 3
    backgrounds.Backdrops(PictureShelf(tmp_path)).get("street", (1280, 720))
    assert painted[-1] == "street" and not list(tmp_path.glob("street-*"))  # only the title's
    pygame.display.quit()


def test_only_a_few_of_a_scene_s_pictures_are_kept(tmp_path):
    pygame.display.init()
    for width in range(900, 900 + 10 * (shelf.FILES_KEPT + 2), 10):
        pygame.display.set_mode((width, 500))
        pictures = PictureShelf(tmp_path)
        backgrounds.Backdrops(pictures).get("dusk", (width, 500))
        for job in pictures.take_pending():
            job()
    assert len(list(tmp_path.glob("dusk-*.pixels"))) == shelf.FILES_KEPT
    pygame.display.quit()
