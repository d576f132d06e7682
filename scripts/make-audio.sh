#!/usr/bin/env bash
# Generates every music loop and sound effect in public/audio/ with sox.
#
#   bash scripts/make-audio.sh
#
# Needs: sox with the Ogg Vorbis writer (Debian: sox libsox-fmt-all), lame (Debian: lame) and
# node (for the loudness meter). Output is deterministic: sox runs with -R (repeatable random
# numbers), so the same sox/libvorbis/lame versions give byte-identical files.
#
# How it works
# - Every sound is a list of events, one a line: "start dur voice midi amp attack release".
#   Each event is rendered by sox `synth` into its own file, then all are mixed (sox -m).
# - Music: the events of one loop of length L are mixed, run through the effects (low-pass,
#   reverb), then the part past L (release and reverb tails) is folded back onto the start
#   (summed). The result is exactly periodic: the end flows into the start with no click.
# - Loudness: an ITU-R BS.1770 meter (K-weighting, gated, mono) measures each sound and sox
#   `gain` sets it to its target (music -20 LUFS), limited so no peak goes above -3 dBFS.
# - Encoding: Ogg Vorbis (primary) and MP3 (fallback), mono; music at 22.05 kHz. MP3 goes
#   through lame in VBR mode so every file carries a LAME/Info tag with the encoder delay and
#   padding: browsers trim them, so the MP3 loops are gapless too. (sox's own MP3 writer adds
#   ~78 ms of silence per loop and no tag; it is only used, with a warning, when lame is missing.)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/public/audio"
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

command -v sox >/dev/null || { echo "make-audio: sox is not installed (apt-get install -y sox libsox-fmt-all)" >&2; exit 1; }
command -v node >/dev/null || { echo "make-audio: node is needed for the loudness meter" >&2; exit 1; }
if ! grep -q '^Writes' <<<"$(sox --help-format vorbis 2>/dev/null)"; then
  echo "make-audio: sox cannot write Ogg Vorbis (apt-get install -y libsox-fmt-all)" >&2
  exit 1
fi
HAVE_LAME=1
if ! command -v lame >/dev/null; then
  HAVE_LAME=0
  echo "make-audio: WARNING: lame not found (apt-get install -y lame); MP3 loops will not be gapless" >&2
fi

SOX=(sox -R -q -V2)

MUSIC_RATE=22050
SFX_RATE=44100
MUSIC_LUFS=-20
PEAK_CEILING=-3
MUSIC_OGG_Q=3  # Vorbis quality (-1..10): ~28 kbps mono at 22.05 kHz
MUSIC_MP3_V=9  # lame VBR quality (0 best..9): ~24 kbps mono at 22.05 kHz
SFX_OGG_Q=1
SFX_MP3_V=6

# ---------------------------------------------------------------------------------------
# Loudness meter: BS.1770-4 integrated loudness (400 ms blocks, 75 % overlap, absolute gate
# -70 LUFS, relative gate -10 LU) and sample peak. Input: raw f32 mono on stdin.
cat >"$WORK/meter.mjs" <<'EOF'
const rate = Number(process.argv[2]);
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const buf = Buffer.concat(chunks);
const n = buf.length >> 2;
const x = new Float64Array(Math.max(n, Math.ceil(rate * 0.4)));
let peak = 0;
for (let i = 0; i < n; i++) {
  const v = buf.readFloatLE(i * 4);
  x[i] = v;
  if (Math.abs(v) > peak) peak = Math.abs(v);
}
function biquad(sig, b0, b1, b2, a1, a2) {
  const y = new Float64Array(sig.length);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < sig.length; i++) {
    const v = sig[i];
    const o = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1; x1 = v; y2 = y1; y1 = o; y[i] = o;
  }
  return y;
}
// K-weighting: high shelf then high pass (libebur128 coefficients, any sample rate).
let K = Math.tan((Math.PI * 1681.974450955533) / rate);
const Q1 = 0.7071752369554196, Vh = 10 ** (3.999843853973347 / 20), Vb = Vh ** 0.4996667741545416;
let a0 = 1 + K / Q1 + K * K;
const s1 = biquad(x, (Vh + (Vb * K) / Q1 + K * K) / a0, (2 * (K * K - Vh)) / a0,
  (Vh - (Vb * K) / Q1 + K * K) / a0, (2 * (K * K - 1)) / a0, (1 - K / Q1 + K * K) / a0);
K = Math.tan((Math.PI * 38.13547087602444) / rate);
const Q2 = 0.5003270373238773;
a0 = 1 + K / Q2 + K * K;
const s2 = biquad(s1, 1, -2, 1, (2 * (K * K - 1)) / a0, (1 - K / Q2 + K * K) / a0);
const block = Math.round(rate * 0.4), step = Math.round(rate * 0.1);
const z = [];
for (let s = 0; s + block <= s2.length; s += step) {
  let e = 0;
  for (let i = s; i < s + block; i++) e += s2[i] * s2[i];
  z.push(e / block);
}
const lk = (v) => -0.691 + 10 * Math.log10(v);
const mean = (a) => a.reduce((p, c) => p + c, 0) / a.length;
const abs = z.filter((v) => lk(v) > -70);
let lufs = -99;
if (abs.length) {
  const rel = lk(mean(abs)) - 10;
  lufs = lk(mean(abs.filter((v) => lk(v) > rel)));
}
console.log(`${lufs.toFixed(2)} ${(20 * Math.log10(peak || 1e-9)).toFixed(2)}`);
EOF

# measure FILE -> "LUFS PEAK_DBFS"
measure() {
  local rate
  rate=$(sox --i -r "$1")
  sox "$1" -t f32 -c 1 - | node "$WORK/meter.mjs" "$rate"
}

hz() { awk -v m="$1" 'BEGIN { printf "%.4f", 440 * 2 ^ ((m - 69) / 12) }'; }

# voice RATE OUT START DUR VOICE MIDI AMP ATTACK RELEASE
#   pad:   two sines 6 cents apart plus a quiet triangle, quarter-sine fades (warm, slow)
#   soft:  triangle and sine an octave up, low-passed (rounder, slightly formal)
#   sine, triangle: a plain oscillator with quarter-sine fades
#   bell:  sine with faint 2nd and 3rd partials, short attack, exponential decay over RELEASE
#   pulse: sine plus its octave, exponential decay (a soft low thump)
#   noise: pink noise band-passed 120-900 Hz (distant room tone), quarter-sine fades
#   swish: pink noise band-passed 600-4500 Hz, half-sine fades
voice() {
  local rate=$1 out=$2 start=$3 dur=$4 kind=$5 midi=$6 amp=$7 att=$8 rel=$9
  local f f2 f3 fd
  f=$(hz "$midi")
  f2=$(awk -v f="$f" 'BEGIN { printf "%.4f", f * 2 }')
  f3=$(awk -v f="$f" 'BEGIN { printf "%.4f", f * 3 }')
  fd=$(awk -v f="$f" 'BEGIN { printf "%.4f", f * 2 ^ (6 / 1200) }')
  local pre=("${SOX[@]}" -r "$rate" -n -c 1 -b 32 "$out")
  local mono=("${SOX[@]}" -r "$rate" -c 3 -n -c 1 -b 32 "$out")
  case "$kind" in
    pad) "${mono[@]}" synth "$dur" sine "$f" sine "$fd" triangle "$f" remix 1v0.45,2v0.45,3v0.18 \
      fade q "$att" "$dur" "$rel" vol "$amp" pad "$start" 0 ;;
    soft) "${mono[@]}" synth "$dur" triangle "$f" sine "$f2" sine "$fd" remix 1v0.5,2v0.12,3v0.3 \
      lowpass 1800 fade q "$att" "$dur" "$rel" vol "$amp" pad "$start" 0 ;;
    sine | triangle) "${pre[@]}" synth "$dur" "$kind" "$f" fade q "$att" "$dur" "$rel" vol "$amp" pad "$start" 0 ;;
    bell) "${mono[@]}" synth "$dur" sine "$f" sine "$f2" sine "$f3" remix 1v0.8,2v0.12,3v0.03 \
      fade q "$att" fade l 0 "$dur" "$rel" vol "$amp" pad "$start" 0 ;;
    pulse) "${mono[@]}" synth "$dur" sine "$f" sine "$f2" sine "$f3" remix 1v0.8,2v0.3,3v0.05 \
      fade q "$att" fade l 0 "$dur" "$rel" vol "$amp" pad "$start" 0 ;;
    noise) "${pre[@]}" synth "$dur" pinknoise sinc 120-900 fade q "$att" "$dur" "$rel" \
      vol "$amp" pad "$start" 0 ;;
    swish) "${pre[@]}" synth "$dur" pinknoise sinc 600-4500 fade h "$att" "$dur" "$rel" vol "$amp" pad "$start" 0 ;;
    *) echo "make-audio: unknown voice $kind" >&2; exit 1 ;;
  esac
}

# render RATE SPECFILE OUT: renders every event line and mixes them (unity gain each).
render() {
  local rate=$1 spec=$2 out=$3 dir i=0 start dur kind midi amp att rel
  dir="$WORK/$(basename "$out" .wav).parts"
  mkdir -p "$dir"
  local files=()
  while read -r start dur kind midi amp att rel; do
    [[ -z "${start:-}" || "$start" == \#* ]] && continue
    i=$((i + 1))
    voice "$rate" "$dir/$i.wav" "$start" "$dur" "$kind" "$midi" "$amp" "$att" "$rel"
    files+=(-v 1 "$dir/$i.wav")
  done <"$spec"
  if ((i == 1)); then
    cp "$dir/1.wav" "$out"
  else
    "${SOX[@]}" -m "${files[@]}" -b 32 "$out"
  fi
  rm -rf "$dir"
}

# chord START DUR VOICE AMP ATTACK RELEASE MIDI... : one event line per note
chord() {
  local start=$1 dur=$2 kind=$3 amp=$4 att=$5 rel=$6
  shift 6
  local m
  for m in "$@"; do echo "$start $dur $kind $m $amp $att $rel"; done
}

# normalize IN OUT TARGET_LUFS: gain to the target, limited by the peak ceiling
normalize() {
  local lufs peak g
  read -r lufs peak < <(measure "$1")
  g=$(awk -v t="$3" -v l="$lufs" -v p="$peak" -v c="$PEAK_CEILING" \
    'BEGIN { g = t - l; if (p + g > c) g = c - p; printf "%.2f", g }')
  "${SOX[@]}" "$1" -b 16 "$2" gain "$g"
}

encode() { # WAV NAME OGG_QUALITY MP3_VBR_QUALITY
  rm -f "$OUT/$2.ogg" "$OUT/$2.mp3"
  "${SOX[@]}" "$1" -C "$3" "$OUT/$2.ogg"
  if ((HAVE_LAME)); then
    lame --quiet --noreplaygain -m m -V "$4" "$1" "$OUT/$2.mp3"
  else
    "${SOX[@]}" "$1" -C "-$4" "$OUT/$2.mp3"
  fi
}

# music NAME LOOP_SECONDS SPECFILE EFFECTS...: render, effects, fold the tail, normalize, encode
music() {
  local name=$1 len=$2 spec=$3
  shift 3
  local n=$((len * MUSIC_RATE))
  render "$MUSIC_RATE" "$spec" "$WORK/$name.raw.wav"
  # Room for tails (up to 2 L in all), effects, then fold everything past L onto the start.
  local raw
  raw=$(sox --i -s "$WORK/$name.raw.wav")
  if ((raw > 2 * n)); then
    echo "make-audio: $name: events run past twice the loop length" >&2
    exit 1
  fi
  "${SOX[@]}" "$WORK/$name.raw.wav" -b 32 "$WORK/$name.fx.wav" pad 0 "$((2 * n - raw))s" "$@"
  "${SOX[@]}" "$WORK/$name.fx.wav" -b 32 "$WORK/$name.a.wav" trim 0 "${n}s"
  "${SOX[@]}" "$WORK/$name.fx.wav" -b 32 "$WORK/$name.b.wav" trim "${n}s" "${n}s"
  "${SOX[@]}" -m -v 1 "$WORK/$name.a.wav" -v 1 "$WORK/$name.b.wav" -b 32 "$WORK/$name.loop.wav"
  normalize "$WORK/$name.loop.wav" "$WORK/$name.final.wav" "$MUSIC_LUFS"
  encode "$WORK/$name.final.wav" "$name" "$MUSIC_OGG_Q" "$MUSIC_MP3_V"
  echo "music $name: ${len}s, $(measure "$WORK/$name.final.wav" | awk '{ print $1 " LUFS, peak " $2 " dBFS" }')"
}

# sfx NAME TARGET_LUFS SPECFILE EFFECTS...
sfx() {
  local name=$1 target=$2 spec=$3
  shift 3
  render "$SFX_RATE" "$spec" "$WORK/$name.raw.wav"
  "${SOX[@]}" "$WORK/$name.raw.wav" -b 32 "$WORK/$name.fx.wav" "$@"
  normalize "$WORK/$name.fx.wav" "$WORK/$name.final.wav" "$target"
  encode "$WORK/$name.final.wav" "$name" "$SFX_OGG_Q" "$SFX_MP3_V"
  echo "sfx   $name: $(measure "$WORK/$name.final.wav" | awk '{ print $1 " LUFS, peak " $2 " dBFS" }')"
}

# ---------------------------------------------------------------------------------------
# office: calm, warm. D major, 4 chords x 9 s = 36 s: Dmaj9 - Bm7(11) - Gmaj9 - A6/9.
# Warm pads, a soft triangle bass, a few sparse bell notes.
{
  t=0
  for c in "50:57 61 64 66" "47:57 62 64 66" "43:57 59 62 66" "45:57 59 61 66"; do
    bass=${c%%:*}
    read -r -a notes <<<"${c#*:}"
    chord "$t" 12 pad 0.05 3.5 4.5 "${notes[@]}"
    chord "$t" 11.5 triangle 0.07 3 4.5 "$bass"
    t=$((t + 9))
  done
  # sparse melody (D major pentatonic), bell voice
  for ev in "2.0 78" "3.6 76" "6.2 73" "11.0 74" "12.6 73" "15.2 69" "20.0 71" "21.6 74" "24.2 78" \
    "29.0 76" "30.6 73" "33.2 76"; do
    read -r at m <<<"$ev"
    echo "$at 6 bell $m 0.07 0.03 6"
  done
} >"$WORK/office.spec"
music office 36 "$WORK/office.spec" lowpass 3500 reverb 55 60 90 100 20

# boardroom: poised, slightly formal. F major, 4 chords x 10 s = 40 s: F - C/E - Dm7 - Bb(add9).
# Rounder "soft" pads, a walking bass, and a slow, even arpeggio (one note every 1.25 s).
{
  t=0
  for c in "41:57 60 65:65 69 72 76 72 69 72 69" "40:55 60 64:64 67 72 74 72 67 72 67" \
    "38:57 60 65:62 65 69 72 69 65 69 65" "46:58 62 65:62 65 70 72 70 65 70 65"; do
    IFS=: read -r bass pad arp <<<"$c"
    read -r -a pnotes <<<"$pad"
    read -r -a anotes <<<"$arp"
    chord "$t" 12.5 soft 0.06 2.5 3 "${pnotes[@]}"
    chord "$t" 12 triangle 0.08 1.5 3 "$bass"
    k=0
    for m in "${anotes[@]}"; do
      at=$(awk -v t="$t" -v k="$k" 'BEGIN { printf "%.3f", t + k * 1.25 }')
      amp=0.08
      ((k % 4 == 0)) && amp=0.1
      echo "$at 4 bell $m $amp 0.02 4"
      k=$((k + 1))
    done
    t=$((t + 10))
  done
} >"$WORK/boardroom.spec"
music boardroom 40 "$WORK/boardroom.spec" lowpass 4000 reverb 45 50 80 100 10

# tension: low pulse, unresolved, not scary. 70 bpm pedal pulse on D (42 beats = 36 s) under
# Dsus2 - Bbmaj7 - Gm9 - Asus4: it never lands on a plain D minor.
{
  t=0
  for c in "50:57 62 64 69" "46:58 62 65 69" "43:58 62 65 69" "45:57 62 64 69"; do
    bass=${c%%:*}
    read -r -a notes <<<"${c#*:}"
    chord "$t" 12 pad 0.045 3.5 4.5 "${notes[@]}"
    chord "$t" 11.5 sine 0.06 3 4.5 "$bass"
    t=$((t + 9))
  done
  for ((k = 0; k < 42; k++)); do
    at=$(awk -v k="$k" 'BEGIN { printf "%.4f", k * 60 / 70 }')
    amp=0.14
    ((k % 2 == 0)) && amp=0.2
    echo "$at 1.6 pulse 38 $amp 0.015 1.6"
  done
  # a distant two-note figure, twice, a little different each time
  for ev in "6.0 74" "7.71 76" "24.0 74" "25.71 72"; do
    read -r at m <<<"$ev"
    echo "$at 5 bell $m 0.05 0.05 5"
  done
} >"$WORK/tension.spec"
music tension 36 "$WORK/tension.spec" lowpass 2500 reverb 40 70 70 100 10

# night: sparse, tired, an airport at night. Ab major, 3 chords x 14 s = 42 s:
# Abmaj7 - Fm9 - Ebsus2, very slow swells, a faint room tone, three distant notes.
{
  t=0
  for c in "44:55 60 63" "41:56 60 63 67" "39:58 63 65"; do
    bass=${c%%:*}
    read -r -a notes <<<"${c#*:}"
    chord "$t" 19 pad 0.05 6 7 "${notes[@]}"
    chord "$t" 18 sine 0.07 5 7 "$bass"
    t=$((t + 14))
  done
  # room tone: overlapping noise swells with complementary fades (constant power)
  for at in 0 14 28; do echo "$at 28 noise 0 0.1 14 14"; done
  for ev in "5.0 75" "6.6 72" "31.0 70"; do
    read -r at m <<<"$ev"
    echo "$at 7 bell $m 0.06 0.05 7"
  done
} >"$WORK/night.spec"
music night 42 "$WORK/night.spec" lowpass 2500 reverb 70 70 100 100 30

# ---------------------------------------------------------------------------------------
# Effects (44.1 kHz). Targets are integrated loudness (short sounds measured over a 400 ms
# block), always limited by the -3 dBFS peak ceiling.

# click: a soft, rounded tick for selecting a choice (C6 over C5, 90 ms)
{
  echo "0 0.09 sine 84 0.3 0.004 0.08"
  echo "0 0.09 sine 72 0.2 0.004 0.07"
} >"$WORK/click.spec"
sfx click -26 "$WORK/click.spec" pad 0 0.03 lowpass 3000

# page: a soft noise swish for continue / page turn
echo "0 0.38 swish 0 0.5 0.14 0.24" >"$WORK/page.spec"
sfx page -26 "$WORK/page.spec" lowpass 5000 highpass 300 pad 0 0.05

# notify: a gentle two-note ping (G5 then C6)
{
  echo "0 1.2 bell 79 0.3 0.01 1.6"
  echo "0.13 1.2 bell 84 0.3 0.01 1.6"
} >"$WORK/notify.spec"
sfx notify -23 "$WORK/notify.spec" pad 0 1 lowpass 4000 reverb 30 60 50 100 0 -6

# alarm: a soft, low two-tone network alarm (E4 / C4, twice), rounded triangle
{
  for ev in "0 64" "0.4 60" "0.8 64" "1.2 60"; do
    read -r at m <<<"$ev"
    echo "$at 0.38 soft $m 0.3 0.04 0.12"
  done
} >"$WORK/alarm.spec"
sfx alarm -23 "$WORK/alarm.spec" pad 0 0.6 lowpass 1600 reverb 20 60 40 100 0 -8

# strong: a bright rising chord (D major: D5 F#5 A5 D6, strummed upwards, ringing)
{
  for ev in "0 74" "0.09 78" "0.18 81" "0.27 86"; do
    read -r at m <<<"$ev"
    echo "$at 1.9 bell $m 0.2 0.02 3"
  done
  chord 0 1.9 soft 0.12 0.25 1.2 62 66 69
} >"$WORK/strong.spec"
sfx strong -21 "$WORK/strong.spec" pad 0 1 lowpass 5000 reverb 40 50 60 100 0 -6

# poor: a low, soft tone (D3 with F3 above, slow swell and decay)
chord 0 1.8 soft 0.3 0.12 1.2 50 53 >"$WORK/poor.spec"
sfx poor -23 "$WORK/poor.spec" pad 0 0.8 lowpass 900 reverb 30 70 50 100 0 -8

echo
du -b "$OUT"/*.ogg "$OUT"/*.mp3 | awk '{ s += $1; print } END { printf "total %d bytes\n", s }'
