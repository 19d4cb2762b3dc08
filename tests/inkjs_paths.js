// The reference for naming a plain story's ending: plays compiled ink stories in inkjs (the
// pinned runtime in node_modules) and reports, for each play-through, its lines and the path of
// the content that made the last line's last visible text. inkjs does not name endings; the
// path is what "the knot of the last line" means there, so the engine's ending names are
// checked against it (tests/test_ending_names.py).
//
// stdin: {"stories": [{"json": "<compiled story>", "runs": [[choice, ...], ...]}, ...]}
// A run picks its choices in order (index modulo the options offered), then the first option
// once they are used up, for at most 400 choices. stdout: {"stories": [[{lines, path, knot,
// choices}, ...], ...]}.
"use strict";
const fs = require("fs");
const { Story } = require("inkjs/engine/Story");  // the same classes as patched below
const StoryState = require("inkjs/engine/StoryState").StoryState;
const ControlCommand = require("inkjs/engine/ControlCommand").ControlCommand;
const StringValue = require("inkjs/engine/Value").StringValue;

// Where each piece of text came from: the runtime's pointer when it went into the output
// stream is the path of the string in the story (or of the `out` that printed a value).
const push = StoryState.prototype.PushToOutputStreamIndividual;
StoryState.prototype.PushToOutputStreamIndividual = function (obj) {
  if (obj instanceof StringValue && obj.value.trim() && obj.herPath === undefined) {
    obj.herPath = this.currentPathString || "";
  }
  return push.call(this, obj);
};

function lastTextPath(state) {
  let found = null;
  let inTag = false;
  for (const obj of state.outputStream) {
    if (obj instanceof ControlCommand) {
      if (obj.commandType === ControlCommand.CommandType.BeginTag) inTag = true;
      else if (obj.commandType === ControlCommand.CommandType.EndTag) inTag = false;
    } else if (!inTag && obj instanceof StringValue && obj.herPath !== undefined) {
      found = obj.herPath;
    }
  }
  return found;
}

function knotOf(path) {
  const head = (path || "").split(".")[0];
  return head && !/^\d+$/.test(head) ? head : "";
}

function play(json, picks) {
  const story = new Story(json);
  story.onError = () => {};
  const lines = [];
  const choices = [];
  let path = null;
  for (let turn = 0; turn <= 400; turn++) {
    while (story.canContinue) {
      const text = story.Continue().trim();
      if (text) {
        lines.push(text);
        path = lastTextPath(story.state);
      }
    }
    const options = story.currentChoices.length;
    if (!options || turn === 400) break;
    const pick = turn < picks.length ? picks[turn] % options : 0;
    choices.push(pick);
    story.ChooseChoiceIndex(pick);
  }
  return { lines, path, knot: knotOf(path), choices };
}

const input = JSON.parse(fs.readFileSync(0, "utf-8"));
const out = input.stories.map((entry) => entry.runs.map((picks) => {
  try {
    return play(entry.json, picks);
  } catch (e) {
    return { error: String(e && e.message || e) };
  }
}));
process.stdout.write(JSON.stringify({ stories: out }));
