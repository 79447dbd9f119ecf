"""Rendered scenes for the demo campaign: Pillow only, deterministic, with exact ground truth.

Every scene is drawn at twice its final size and reduced with a Lanczos filter, so edges are
anti-aliased. Labeled objects are drawn as RGBA sprites; each sprite also paints its object id
into an id map, in painting order, so the *visible* silhouette of every object is known exactly
after occlusion. :meth:`Scene.finish` turns the id map into tight boxes and polygon outlines
(pixel-corner outlines simplified with Douglas-Peucker) in final-image pixels.

Everything is driven by ``random.Random(seed)``: the same seed gives the same bytes.
"""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from datafi_desktop.core.geometry import polygon_area

SS = 2  # supersampling factor
Color = tuple[int, int, int]
Point = tuple[float, float]

#: Objects whose visible part is smaller than this (final pixels) are not ground truth.
MIN_SIDE = 10
MIN_AREA = 120


# --------------------------------------------------------------------------- colours


def mix(a: Color, b: Color, t: float) -> Color:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def shade(c: Color, k: float) -> Color:
    return (min(255, round(c[0] * k)), min(255, round(c[1] * k)), min(255, round(c[2] * k)))


def vary(rng: random.Random, c: Color, amount: int = 12) -> Color:
    return tuple(max(0, min(255, v + rng.randint(-amount, amount))) for v in c)  # type: ignore[return-value]


def rgba(c: Color, a: int = 255) -> tuple[int, int, int, int]:
    return (c[0], c[1], c[2], a)


def gradient(size: tuple[int, int], stops: list[tuple[float, Color]]) -> Image.Image:
    """A vertical gradient through (position 0..1, colour) stops."""
    w, h = size
    n = 256
    column = []
    for i in range(n):
        t = i / (n - 1)
        for (t0, c0), (t1, c1) in itertools.pairwise(stops):
            if t0 <= t <= t1:
                column.append(mix(c0, c1, (t - t0) / max(t1 - t0, 1e-9)))
                break
        else:
            column.append(stops[0][1] if t < stops[0][0] else stops[-1][1])
    strip = Image.new("RGB", (1, n))
    strip.putdata(column)
    return strip.resize((w, h), Image.Resampling.BILINEAR)


def noise_image(rng: random.Random, size: tuple[int, int], blur: float = 0.0) -> Image.Image:
    """Uniform L noise around 128 (deterministic: bytes come from the seeded RNG)."""
    img = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
        img = img.point(lambda v: max(0, min(255, round(128 + (v - 128) * (1 + blur * 2.2)))))
    return img


def mottle(rng: random.Random, size: tuple[int, int], cells: int, amount: float) -> Image.Image:
    """Large, soft light/dark patches as an L multiplier image around 255*(1-amount/2)."""
    w, h = size
    small = Image.frombytes(
        "L", (cells, max(2, cells * h // w)), rng.randbytes(cells * max(2, cells * h // w))
    )
    big = small.resize(size, Image.Resampling.BICUBIC)
    lo = 255 * (1 - amount)
    return big.point(lambda v: round(lo + (255 - lo) * v / 255))


# --------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class Camera:
    """A pinhole camera at height ``h`` looking along +Z; world Y is up, X is right."""

    xv: float
    hy: float
    f: float
    h: float = 1.6

    def p(self, x: float, y: float, z: float) -> Point:
        z = max(z, 0.05)
        return (self.xv + self.f * x / z, self.hy + self.f * (self.h - y) / z)

    def scale(self, z: float) -> float:
        """Pixels per metre at depth z."""
        return self.f / max(z, 0.05)

    def depth_at(self, sy: float) -> float:
        """Depth of the ground point seen at screen row sy (below the horizon)."""
        return self.f * self.h / max(sy - self.hy, 1e-3)


def circle_pts(
    cx: float, cy: float, rx: float, ry: float, n: int = 24, a0: float = 0.0
) -> list[Point]:
    return [
        (cx + rx * math.cos(a0 + 2 * math.pi * i / n), cy + ry * math.sin(a0 + 2 * math.pi * i / n))
        for i in range(n)
    ]


def rotate_pts(pts: list[Point], cx: float, cy: float, angle: float) -> list[Point]:
    ca, sa = math.cos(angle), math.sin(angle)
    return [
        (cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca) for x, y in pts
    ]


# --------------------------------------------------------------------------- sprites


class Sprite:
    """An RGBA layer covering ``box`` of the (supersampled) canvas; draw in canvas coords."""

    def __init__(self, box: tuple[float, float, float, float]):
        x0, y0 = math.floor(box[0]) - 3, math.floor(box[1]) - 3
        x1, y1 = math.ceil(box[2]) + 3, math.ceil(box[3]) + 3
        self.ox, self.oy = x0, y0
        self.img = Image.new("RGBA", (max(1, x1 - x0), max(1, y1 - y0)), (0, 0, 0, 0))
        self.d = ImageDraw.Draw(self.img)

    def t(self, pts: list[Point]) -> list[Point]:
        return [(x - self.ox, y - self.oy) for x, y in pts]

    def poly(self, pts: list[Point], fill: Color, alpha: int = 255) -> None:
        d = self.d if alpha == 255 else self._glaze()
        d.polygon(self.t(pts), fill=rgba(fill, alpha))
        self._fix()

    def ellipse(
        self, cx: float, cy: float, rx: float, ry: float, fill: Color, alpha: int = 255
    ) -> None:
        box = (cx - rx - self.ox, cy - ry - self.oy, cx + rx - self.ox, cy + ry - self.oy)
        (self.d if alpha == 255 else self._glaze()).ellipse(box, fill=rgba(fill, alpha))
        self._fix()

    def line(self, pts: list[Point], fill: Color, width: float, alpha: int = 255) -> None:
        w = max(1, round(width))
        (self.d if alpha == 255 else self._glaze()).line(
            self.t(pts), fill=rgba(fill, alpha), width=w, joint="curve"
        )
        self._fix()
        if w >= 3 and alpha == 255:  # round caps
            for x, y in (pts[0], pts[-1]):
                self.ellipse(x, y, w / 2 - 0.5, w / 2 - 0.5, fill)

    _layer: Image.Image | None = None

    def _glaze(self) -> ImageDraw.ImageDraw:
        """A transparent layer for translucent details, clipped to the sprite's silhouette."""
        self._layer = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        return ImageDraw.Draw(self._layer)

    def _fix(self) -> None:
        if self._layer is None:
            return
        a = self.alpha()
        self.img = Image.alpha_composite(self.img, self._layer)
        self.img.putalpha(a)
        self.d = ImageDraw.Draw(self.img)
        self._layer = None

    def ring(self, cx: float, cy: float, r: float, fill: Color, width: float) -> None:
        box = (cx - r - self.ox, cy - r - self.oy, cx + r - self.ox, cy + r - self.oy)
        self.d.ellipse(box, outline=rgba(fill), width=max(1, round(width)))

    # shading passes -------------------------------------------------------

    def alpha(self) -> Image.Image:
        return self.img.getchannel("A")

    def light(self, top: float = 1.12, bottom: float = 0.78, angle: float = 0.0) -> None:
        """Multiply by a linear light ramp (brighter at 'top'); angle rotates the ramp."""
        w, h = self.img.size
        ramp = Image.linear_gradient("L").resize((w, h))
        if angle:
            ramp = (
                Image.linear_gradient("L")
                .rotate(math.degrees(angle), expand=False, fillcolor=128)
                .resize((w, h))
            )
        lut = [min(255, round(128 * (top + (bottom - top) * v / 255))) for v in range(256)]
        self._multiply2(ramp.point(lut))

    def edge_shade(self, radius: float, strength: float = 0.35) -> None:
        """Darken near the silhouette, for roundness."""
        if radius < 0.8:
            return
        a = self.alpha().point(lambda v: 255 if v >= 128 else 0)
        blurred = a.filter(ImageFilter.GaussianBlur(radius))
        lut = [round(128 * (1 - strength + strength * min(1.0, v / 200))) for v in range(256)]
        self._multiply2(blurred.point(lut))

    def glossy(
        self, cx: float, cy: float, rx: float, ry: float, strength: float = 0.55, blur: float = 0.0
    ) -> None:
        """Screen a soft white highlight, kept inside the silhouette."""
        w, h = self.img.size
        spot = Image.new("L", (w, h), 0)
        ImageDraw.Draw(spot).ellipse(
            (cx - rx - self.ox, cy - ry - self.oy, cx + rx - self.ox, cy + ry - self.oy),
            fill=round(255 * strength),
        )
        spot = spot.filter(ImageFilter.GaussianBlur(blur or max(rx, ry) * 0.6))
        spot = ImageChops.multiply(spot, self.alpha())
        rgb = ImageChops.screen(self.img.convert("RGB"), Image.merge("RGB", (spot, spot, spot)))
        self.img = Image.merge("RGBA", (*rgb.split(), self.alpha()))
        self.d = ImageDraw.Draw(self.img)

    def radial(
        self,
        cx: float,
        cy: float,
        r: float,
        inner: float = 1.15,
        outer: float = 0.55,
        gamma: float = 1.3,
    ) -> None:
        """Multiply by a radial light centred on (cx, cy) (canvas coords), radius r."""
        w, h = self.img.size
        size = max(8, round(2 * r))
        rad = Image.radial_gradient("L").resize((size, size))
        lut = [
            min(255, round(128 * (inner + (outer - inner) * (min(1.0, v / 255) ** gamma))))
            for v in range(256)
        ]
        rad = rad.point(lut)
        layer = Image.new("L", (w, h), round(128 * outer))
        layer.paste(rad, (round(cx - self.ox - size / 2), round(cy - self.oy - size / 2)))
        self._multiply2(layer)

    def texture(self, rng: random.Random, amount: float, blur: float = 0.6) -> None:
        w, h = self.img.size
        n = noise_image(rng, (w, h), blur)
        lut = [round(128 * (1 + amount * (v - 128) / 128)) for v in range(256)]
        self._multiply2(n.point(lut))

    def _multiply2(self, layer: Image.Image) -> None:
        """Multiply RGB by layer/128 (so 128 leaves a pixel unchanged)."""
        a = self.alpha()
        rgb = self.img.convert("RGB")
        doubled = ImageChops.multiply(rgb, Image.merge("RGB", (layer, layer, layer)))
        # multiply() divides by 255; compensate with a x2 add of the result (clips at 255)
        rgb = ImageChops.add(doubled, doubled)
        self.img = Image.merge("RGBA", (*rgb.split(), a))
        self.d = ImageDraw.Draw(self.img)


# --------------------------------------------------------------------------- scenes


@dataclass
class Obj:
    label: str
    box: tuple[int, int, int, int]  # x, y, w, h in final pixels
    polygon: list[tuple[float, float]]
    area: float


@dataclass
class Rendered:
    image: Image.Image  # final size, as displayed
    objects: list[Obj]
    tags: set[str] = field(default_factory=set)
    scene: str = ""


class Scene:
    def __init__(self, width: int, height: int, seed: int):
        self.W, self.H = width, height
        self.W2, self.H2 = width * SS, height * SS
        self.rng = random.Random(seed)
        self.canvas = Image.new("RGB", (self.W2, self.H2), (128, 128, 128))
        self.ids = Image.new("L", (self.W2, self.H2), 0)
        self.labels: list[str] = []
        self.tags: set[str] = set()

    # painting -------------------------------------------------------------

    def add(
        self,
        sprite: Sprite,
        label: str | None = None,
        haze: float = 0.0,
        haze_color: Color = (200, 210, 220),
        tag: str | None = None,
    ) -> None:
        rgb = sprite.img.convert("RGB")
        a = sprite.alpha()
        if haze > 0:
            rgb = Image.blend(rgb, Image.new("RGB", rgb.size, haze_color), min(haze, 0.95))
        self.canvas.paste(rgb, (sprite.ox, sprite.oy), a)
        hard = a.point(lambda v: 255 if v >= 128 else 0)
        oid = 0
        if label:
            self.labels.append(label)
            oid = len(self.labels)
            assert oid < 255
        w, h = sprite.img.size
        self.ids.paste(oid, (sprite.ox, sprite.oy, sprite.ox + w, sprite.oy + h), hard)
        if tag:
            self.tags.add(tag)

    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.canvas)

    def shadow(
        self, pts: list[Point], blur: float, opacity: float, tint: Color = (40, 45, 60)
    ) -> None:
        """Darken the canvas under a soft polygon (cast or contact shadow)."""
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        pad = blur * 3 + 2
        box = (
            max(0, math.floor(min(xs) - pad)),
            max(0, math.floor(min(ys) - pad)),
            min(self.W2, math.ceil(max(xs) + pad)),
            min(self.H2, math.ceil(max(ys) + pad)),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            return
        region = self.canvas.crop(box)
        mask = Image.new("L", region.size, 0)
        ImageDraw.Draw(mask).polygon(
            [(x - box[0], y - box[1]) for x, y in pts], fill=round(255 * opacity)
        )
        if blur > 0.5:
            mask = mask.filter(ImageFilter.GaussianBlur(blur))
        dark = ImageChops.multiply(region, Image.new("RGB", region.size, tint))
        self.canvas.paste(Image.composite(dark, region, mask), box[:2])

    def glow(self, cx: float, cy: float, r: float, color: Color, strength: float = 0.8) -> None:
        """Screen a soft light blob (lamps, head lights)."""
        pad = r * 2.5
        box = (
            max(0, math.floor(cx - pad)),
            max(0, math.floor(cy - pad)),
            min(self.W2, math.ceil(cx + pad)),
            min(self.H2, math.ceil(cy + pad)),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            return
        region = self.canvas.crop(box)
        mask = Image.new("L", region.size, 0)
        ImageDraw.Draw(mask).ellipse(
            (cx - r - box[0], cy - r - box[1], cx + r - box[0], cy + r - box[1]),
            fill=round(255 * strength),
        )
        mask = mask.filter(ImageFilter.GaussianBlur(r * 0.7))
        light = Image.composite(
            Image.new("RGB", region.size, color), Image.new("RGB", region.size, (0, 0, 0)), mask
        )
        self.canvas.paste(ImageChops.screen(region, light), box[:2])

    # finishing ------------------------------------------------------------

    def finish(self, grain: float = 5.0, vignette: float = 0.18, scene: str = "") -> Rendered:
        img = self.canvas.resize((self.W, self.H), Image.Resampling.LANCZOS)
        if vignette:
            rad = Image.radial_gradient("L").resize((self.W, self.H), Image.Resampling.BILINEAR)
            lut = [
                round(255 * (1 - vignette * max(0.0, (v / 255 - 0.45) / 0.55) ** 1.6))
                for v in range(256)
            ]
            v = rad.point(lut)
            img = ImageChops.multiply(img, Image.merge("RGB", (v, v, v)))
        if grain:
            n = noise_image(self.rng, (self.W, self.H), 0.5)
            lut = [max(0, min(255, round(128 + grain * (v - 128) / 64))) for v in range(256)]
            n = n.point(lut)
            img = ImageChops.add(img, Image.merge("RGB", (n, n, n)), 1.0, -128)
        return Rendered(img, self.ground_truth(), set(self.tags), scene)

    def ground_truth(self) -> list[Obj]:
        objs = []
        for oid, label in enumerate(self.labels, start=1):
            m2 = self.ids.point(lambda v, o=oid: 255 if v == o else 0)
            if m2.getbbox() is None:
                continue
            m1 = m2.reduce(SS).point(lambda v: 255 if v >= 128 else 0)
            bb = m1.getbbox()
            if bb is None:
                continue
            crop = Image.new("L", (bb[2] - bb[0] + 2, bb[3] - bb[1] + 2), 0)
            crop.paste(m1.crop(bb), (1, 1))
            comps = components(crop)
            if not comps:
                continue
            big = max(comps, key=lambda c: c[1])
            kept = [c for c in comps if c[1] >= max(4.0, 0.03 * big[1])]
            xs = [x for c in kept for x, _ in c[0]]
            ys = [y for c in kept for _, y in c[0]]
            x0, y0 = min(xs) - 1 + bb[0], min(ys) - 1 + bb[1]
            x1, y1 = max(xs) - 1 + bb[0], max(ys) - 1 + bb[1]
            if x1 - x0 < MIN_SIDE or y1 - y0 < MIN_SIDE or big[1] < MIN_AREA:
                continue
            outline = simplify_ring(big[0], max_points=40)
            poly = [(float(x - 1 + bb[0]), float(y - 1 + bb[1])) for x, y in outline]
            objs.append(Obj(label, (x0, y0, x1 - x0, y1 - y0), poly, big[1]))
        return objs


# --------------------------------------------------------------------------- outlines


def trace(data: bytes, w: int, h: int, start: int) -> list[tuple[int, int]]:
    """Outer boundary, as pixel-corner vertices, of the 4-connected region holding `start`.

    `start` must be the first set pixel of its region in raster order; the walk keeps the
    region on its right and records a vertex at every turn.
    """

    def inside(x: int, y: int) -> bool:
        return 0 <= x < w and 0 <= y < h and data[y * w + x] == 255

    sx, sy = start % w, start // w
    x, y, dx, dy = sx, sy, 1, 0
    pts = [(sx, sy)]
    for _ in range(4 * (w + 1) * (h + 1)):
        x, y = x + dx, y + dy
        rx, ry = -dy, dx
        ar = inside(x if dx + rx > 0 else x - 1, y if dy + ry > 0 else y - 1)
        al = inside(x if dx - rx > 0 else x - 1, y if dy - ry > 0 else y - 1)
        if ar and not al:
            nd = (dx, dy)
        elif ar and al:
            nd = (dy, -dx)  # left
        else:
            nd = (rx, ry)  # right
        if (x, y) == (sx, sy) and nd == (1, 0):
            break
        if nd != (dx, dy):
            pts.append((x, y))
        dx, dy = nd
    return pts


def components(mask: Image.Image) -> list[tuple[list[tuple[int, int]], float]]:
    """Outer outlines and areas of the regions of a 0/255 mask (largest first, at most 64)."""
    work = mask.copy()
    draw = ImageDraw.Draw(work)
    w, h = work.size
    found = []
    for _ in range(64):
        data = work.tobytes()
        i = data.find(b"\xff")
        if i < 0:
            break
        outline = trace(data, w, h, i)
        area = polygon_area(outline)
        found.append((outline, area))
        if len(outline) >= 3:
            draw.polygon(outline, fill=0, outline=0)
        draw.point((i % w, i // w), fill=0)
    return sorted(found, key=lambda c: -c[1])


def _dp(pts: list[tuple[float, float]], eps: float) -> list[tuple[float, float]]:
    if len(pts) < 3:
        return pts
    (ax, ay), (bx, by) = pts[0], pts[-1]
    dx, dy = bx - ax, by - ay
    norm = math.hypot(dx, dy) or 1e-9
    best, index = -1.0, 0
    for i in range(1, len(pts) - 1):
        px, py = pts[i]
        d = (
            abs(dy * (px - ax) - dx * (py - ay)) / norm
            if (dx or dy)
            else math.hypot(px - ax, py - ay)
        )
        if d > best:
            best, index = d, i
    if best <= eps:
        return [pts[0], pts[-1]]
    return _dp(pts[: index + 1], eps)[:-1] + _dp(pts[index:], eps)


def simplify_ring(
    pts: list[tuple[int, int]], max_points: int = 40, eps: float = 0.7
) -> list[tuple[float, float]]:
    """Douglas-Peucker on a closed ring, loosening until at most max_points remain."""
    ring = [(float(x), float(y)) for x, y in pts]
    if len(ring) <= 4:
        return ring
    far = max(
        range(len(ring)),
        key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2,
    )
    while True:
        a = _dp(ring[: far + 1], eps)
        b = _dp(ring[far:] + ring[:1], eps)
        out = a[:-1] + b[:-1]
        if len(out) <= max_points:
            return out
        eps *= 1.25


# --------------------------------------------------------------------------- shared props

SKIN = [
    (241, 200, 170),
    (224, 172, 135),
    (198, 140, 100),
    (160, 105, 70),
    (115, 75, 50),
    (86, 58, 42),
]
HAIR = [
    (30, 25, 22),
    (60, 40, 28),
    (110, 75, 45),
    (170, 130, 80),
    (210, 180, 120),
    (140, 140, 140),
    (120, 40, 25),
]
CLOTHES = [
    (40, 60, 110),
    (180, 40, 45),
    (230, 230, 225),
    (35, 35, 40),
    (90, 120, 70),
    (200, 150, 60),
    (120, 70, 130),
    (70, 150, 170),
    (210, 110, 60),
    (150, 150, 155),
    (240, 200, 80),
    (100, 60, 45),
]
TROUSERS = [(40, 50, 80), (30, 30, 35), (90, 90, 95), (150, 130, 100), (60, 75, 110), (110, 85, 60)]
CAR_COLORS = [
    (235, 235, 232),
    (190, 192, 196),
    (30, 32, 36),
    (80, 82, 88),
    (170, 25, 30),
    (30, 60, 130),
    (35, 80, 60),
    (235, 190, 40),
    (200, 185, 160),
    (120, 20, 30),
    (90, 130, 170),
]


def person(
    scene: Scene,
    cx: float,
    by: float,
    s: float,
    view: str = "front",
    facing: int = 1,
    label: str | None = "person",
    haze: float = 0.0,
    haze_color: Color = (200, 210, 220),
    height: float | None = None,
    shadow_dir: Point = (0.6, 0.15),
) -> None:
    """A standing or walking person; (cx, by) is between the feet, s pixels per metre."""
    rng = scene.rng
    H = height or rng.uniform(1.58, 1.9)
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    top, legs = rng.choice(CLOTHES), rng.choice(TROUSERS)
    skirt = view != "side" and rng.random() < 0.2
    long_hair = rng.random() < 0.35
    u = H * s

    def P(x: float, y: float) -> Point:
        return (cx + facing * x * u, by - y * u)

    # ground shadow
    sx, sy = shadow_dir
    scene.shadow(
        [
            P(-0.12, 0.0),
            P(0.12, 0.0),
            (cx + 0.12 * u + sx * u * 0.5, by + sy * u * 0.3),
            (cx - 0.05 * u + sx * u * 0.5, by + sy * u * 0.3),
        ],
        blur=u * 0.03,
        opacity=0.45,
    )
    scene.shadow(circle_pts(cx, by, 0.13 * u, 0.025 * u), blur=u * 0.01, opacity=0.55)
    sp = Sprite((cx - 0.3 * u, by - 1.02 * u, cx + 0.3 * u, by + 0.02 * u))
    lw = 0.075 * u
    if view == "side":
        far, near = shade(legs, 0.7), legs
        phase = rng.uniform(-1, 1)
        for col, sgn in ((far, -phase), (near, phase)):
            knee = P(0.06 * sgn, 0.27)
            foot = P(0.13 * sgn, 0.04)
            sp.line([P(0.0, 0.52), knee, foot], col, lw)
            sp.line(
                [foot, (foot[0] + facing * 0.055 * u, foot[1] + 0.01 * u)], (35, 32, 30), lw * 0.75
            )
        sp.line(
            [P(0.0, 0.79), P(-0.07 * phase, 0.63), P(-0.1 * phase, 0.47)], shade(top, 0.7), lw * 0.8
        )
        sp.poly([P(-0.07, 0.81), P(0.065, 0.81), P(0.06, 0.5), P(-0.065, 0.5)], top)
        if rng.random() < 0.3:  # backpack
            sp.poly(
                [P(-0.07, 0.78), P(-0.14, 0.76), P(-0.15, 0.58), P(-0.07, 0.57)],
                rng.choice(CLOTHES),
            )
        sp.line([P(0.0, 0.79), P(0.07 * phase, 0.64), P(0.1 * phase, 0.48)], top, lw * 0.8)
        sp.ellipse(*P(0.1 * phase, 0.47), lw * 0.45, lw * 0.45, skin)
        sp.poly([P(-0.02, 0.86), P(0.025, 0.86), P(0.025, 0.8), P(-0.02, 0.8)], skin)
        hx, hy = P(0.0, 0.925)
        sp.ellipse(hx, hy, 0.055 * u, 0.067 * u, skin)
        sp.ellipse(*P(0.055, 0.915), 0.012 * u, 0.012 * u, skin)
        sp.poly(
            circle_pts(
                hx - facing * 0.01 * u,
                hy - 0.01 * u,
                0.058 * u,
                0.06 * u,
                16,
                math.pi * (0.75 if facing > 0 else 0.25),
            )[:10],
            hair,
        )
        if long_hair:
            sp.poly([P(-0.055, 0.95), P(0.0, 0.98), P(-0.02, 0.8), P(-0.07, 0.8)], hair)
    else:
        back = view == "back"
        if long_hair and not back:
            sp.poly([P(-0.07, 0.95), P(0.07, 0.95), P(0.08, 0.78), P(-0.08, 0.78)], hair)
        if skirt:
            for sgn in (-1, 1):
                sp.poly(
                    [
                        P(sgn * 0.06, 0.32),
                        P(sgn * 0.02, 0.32),
                        P(sgn * 0.03, 0.04),
                        P(sgn * 0.055, 0.04),
                    ],
                    skin,
                )
            sp.poly([P(-0.1, 0.55), P(0.1, 0.55), P(0.14, 0.3), P(-0.14, 0.3)], legs)
        else:
            for sgn in (-1, 1):
                sp.poly(
                    [
                        P(sgn * 0.1, 0.53),
                        P(sgn * 0.005, 0.53),
                        P(sgn * 0.025, 0.04),
                        P(sgn * 0.075, 0.04),
                    ],
                    legs,
                )
        for sgn in (-1, 1):
            sp.ellipse(*P(sgn * 0.052, 0.025), 0.04 * u, 0.025 * u, (35, 32, 30))
        sp.poly(
            [
                P(-0.13, 0.81),
                P(0.13, 0.81),
                P(0.105, 0.56),
                P(0.1, 0.5),
                P(-0.1, 0.5),
                P(-0.105, 0.56),
            ],
            top,
        )
        for sgn in (-1, 1):
            swing = rng.uniform(-0.02, 0.02)
            sp.line(
                [
                    P(sgn * 0.125, 0.79),
                    P(sgn * (0.155 + swing), 0.64),
                    P(sgn * (0.15 + swing), 0.48),
                ],
                shade(top, 0.9),
                lw * 0.85,
            )
            sp.ellipse(*P(sgn * (0.15 + swing), 0.465), lw * 0.45, lw * 0.5, skin)
        sp.poly([P(-0.025, 0.87), P(0.025, 0.87), P(0.03, 0.8), P(-0.03, 0.8)], skin)
        hx, hy = P(0.0, 0.925)
        sp.ellipse(hx, hy, 0.052 * u, 0.067 * u, hair if back else skin)
        if not back:
            sp.poly(circle_pts(hx, hy - 0.012 * u, 0.056 * u, 0.06 * u, 16, math.pi)[:9], hair)
        elif long_hair:
            sp.poly([P(-0.055, 0.93), P(0.055, 0.93), P(0.07, 0.77), P(-0.07, 0.77)], hair)
    sp.light(1.1, 0.82)
    sp.edge_shade(0.012 * u, 0.3)
    scene.add(sp, label, haze=haze, haze_color=haze_color, tag="people")


def bicycle(
    scene: Scene,
    cx: float,
    by: float,
    s: float,
    facing: int = 1,
    label: str | None = "bicycle",
    haze: float = 0.0,
) -> None:
    """A parked bicycle seen from the side; (cx, by) is the ground point under its middle."""
    rng = scene.rng
    frame = rng.choice(
        [(180, 30, 35), (30, 80, 150), (20, 20, 22), (40, 130, 90), (220, 220, 215), (230, 160, 30)]
    )

    def P(x: float, y: float) -> Point:
        return (cx + facing * x * s, by - y * s)

    r = 0.34
    scene.shadow(
        [P(-0.9, 0.0), P(0.9, 0.0), P(0.9, -0.06), P(-0.9, -0.06)], blur=s * 0.05, opacity=0.5
    )
    sp = Sprite((cx - 1.0 * s, by - 1.1 * s, cx + 1.0 * s, by + 0.05 * s))
    rear, front, bb = P(-0.52, r), P(0.52, r), P(-0.04, 0.3)
    seat, head_t, head_b = P(-0.2, 0.86), P(0.37, 0.86), P(0.41, 0.74)
    for hub in (rear, front):
        for k in range(10):
            a = math.pi * k / 10
            sp.line(
                [
                    (hub[0] - math.cos(a) * r * s * 0.93, hub[1] - math.sin(a) * r * s * 0.93),
                    (hub[0] + math.cos(a) * r * s * 0.93, hub[1] + math.sin(a) * r * s * 0.93),
                ],
                (150, 150, 150),
                max(1, s * 0.008),
            )
        sp.ring(hub[0], hub[1], r * s, (25, 25, 25), s * 0.045)
        sp.ring(hub[0], hub[1], r * s * 0.9, (140, 140, 140), max(1, s * 0.012))
        sp.ellipse(hub[0], hub[1], s * 0.03, s * 0.03, (120, 120, 120))
    tw = max(2, s * 0.032)
    for a, b in ((bb, seat), (seat, head_t), (bb, head_b), (bb, rear), (seat, rear)):
        sp.line([a, b], frame, tw)
    sp.line([head_t, head_b, front], shade(frame, 0.85), tw)
    sp.ellipse(bb[0], bb[1], s * 0.07, s * 0.07, (60, 60, 60))
    stem = P(0.34, 0.98)
    sp.line([head_t, stem, P(0.24, 1.0)], (40, 40, 40), tw * 0.9)
    sp.line([P(-0.2, 0.86), P(-0.22, 0.93)], (70, 70, 70), tw * 0.8)
    sp.poly([P(-0.34, 0.95), P(-0.12, 0.96), P(-0.14, 0.92), P(-0.3, 0.91)], (30, 28, 26))
    scene.add(sp, label, haze=haze, tag="vehicles")


def tree(
    scene: Scene,
    cx: float,
    by: float,
    s: float,
    label: str | None = None,
    haze: float = 0.0,
    haze_color: Color = (200, 210, 220),
    kind: str | None = None,
    shadow: bool = True,
    sun: Point = (-0.5, -0.6),
) -> None:
    """A deciduous tree or conifer; (cx, by) is the base of the trunk."""
    rng = scene.rng
    kind = kind or ("conifer" if rng.random() < 0.2 else "round")
    th = rng.uniform(2.0, 3.2)
    crown_r = rng.uniform(1.8, 3.0)
    green = rng.choice([(60, 110, 45), (80, 125, 50), (45, 95, 50), (95, 130, 55), (70, 100, 40)])
    top = th + crown_r * (2.6 if kind == "conifer" else 1.7)
    if shadow:
        scene.shadow(
            circle_pts(
                cx + crown_r * s * 0.9, by + crown_r * s * 0.12, crown_r * s, crown_r * s * 0.22
            ),
            blur=s * 0.4,
            opacity=0.45,
        )
    sp = Sprite(
        (cx - crown_r * 1.4 * s, by - top * s - s * 0.3, cx + crown_r * 1.4 * s, by + 0.1 * s)
    )
    bark = (85, 62, 45)
    tw = 0.12 * s
    sp.poly(
        [
            (cx - tw * 1.4, by),
            (cx + tw * 1.4, by),
            (cx + tw * 0.7, by - (th + 1) * s),
            (cx - tw * 0.7, by - (th + 1) * s),
        ],
        bark,
    )
    if kind == "conifer":
        layers = 6
        for i in range(layers):
            y0 = by - (th * 0.6 + i * crown_r * 0.38) * s
            w = crown_r * (1.1 - i * 0.16) * s
            sp.poly(
                [
                    (cx - w, y0),
                    (cx + w, y0),
                    (cx + w * 0.1, y0 - crown_r * 0.85 * s),
                    (cx - w * 0.1, y0 - crown_r * 0.85 * s),
                ],
                shade(green, 0.8 + 0.04 * i),
            )
    else:
        ccx, ccy = cx, by - (th + crown_r * 0.85) * s
        for _ in range(40):
            a = rng.uniform(0, 2 * math.pi)
            d = rng.uniform(0, 0.75) * crown_r
            r = rng.uniform(0.35, 0.7) * crown_r
            x, y = ccx + math.cos(a) * d * s, ccy + math.sin(a) * d * s * 0.85
            sp.ellipse(x, y, r * s, r * s * 0.9, vary(rng, green, 14))
        for _ in range(int(60 + crown_r * 20)):
            a = rng.uniform(0, 2 * math.pi)
            d = rng.uniform(0, 1.05) * crown_r
            x, y = ccx + math.cos(a) * d * s, ccy + math.sin(a) * d * s * 0.85
            r = rng.uniform(0.05, 0.12) * crown_r * s
            tone = shade(green, rng.uniform(0.8, 1.2))
            sp.ellipse(x, y, r, r, tone)
        sp.img = sp.img.filter(ImageFilter.GaussianBlur(max(0.5, s * 0.025)))
    lx = cx + sun[0] * crown_r * s
    ly = by - (th + crown_r) * s + sun[1] * crown_r * s
    sp.radial(lx, ly, crown_r * 2.6 * s, inner=1.25, outer=0.55, gamma=1.1)
    sp.texture(rng, 0.18, blur=0.7)
    scene.add(sp, label, haze=haze, haze_color=haze_color, tag="trees")


# --------------------------------------------------------------------------- sky


def sky(scene: Scene, horizon: float, time: str = "day", clouds: int = 5) -> Color:
    """Paint the sky gradient and clouds; returns the horizon (haze) colour."""
    rng = scene.rng
    if time == "night":
        stops = [(0.0, (8, 12, 30)), (0.7, (25, 35, 70)), (1.0, (70, 65, 90))]
    elif time == "dusk":
        stops = [
            (0.0, (45, 60, 120)),
            (0.45, (160, 110, 150)),
            (0.8, (245, 150, 90)),
            (1.0, (255, 200, 130)),
        ]
    else:
        top = rng.choice([(60, 120, 200), (75, 135, 210), (90, 150, 215)])
        stops = [(0.0, top), (0.75, (160, 195, 230)), (1.0, (215, 228, 238))]
    hz = max(1, round(horizon))
    scene.canvas.paste(gradient((scene.W2, hz), stops), (0, 0))
    haze = stops[-1][1]
    if time == "night":
        d = scene.draw()
        for _ in range(140):
            x, y = rng.uniform(0, scene.W2), rng.uniform(0, horizon * 0.8)
            b = rng.randint(120, 255)
            d.ellipse((x, y, x + 2, y + 2), fill=(b, b, b))
        return haze
    for _ in range(clouds):
        cx, cy = rng.uniform(-0.1, 1.1) * scene.W2, rng.uniform(0.08, 0.6) * horizon
        w = rng.uniform(0.12, 0.3) * scene.W2
        mask = Image.new("L", scene.canvas.size, 0)
        md = ImageDraw.Draw(mask)
        for _ in range(14):
            x = cx + rng.uniform(-0.5, 0.5) * w
            y = cy + rng.uniform(-0.15, 0.05) * w * 0.4
            r = rng.uniform(0.08, 0.2) * w
            md.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.55), fill=210)
        md.rectangle((0, cy + w * 0.03, scene.W2, scene.H2), fill=0)
        mask = mask.filter(ImageFilter.GaussianBlur(w * 0.04))
        light = (255, 240, 225) if time == "dusk" else (250, 250, 252)
        under = (200, 160, 170) if time == "dusk" else (200, 205, 215)
        shade_img = gradient(
            scene.canvas.size,
            [(0.0, light), (min(0.99, (cy + w * 0.04) / scene.H2), under), (1.0, under)],
        )
        scene.canvas.paste(Image.composite(shade_img, scene.canvas, mask), (0, 0))
    return haze


def textured(
    scene: Scene,
    pts: list[Point],
    base: Image.Image | Color,
    grain: float = 0.12,
    cells: int = 40,
    mottling: float = 0.12,
) -> None:
    """Fill a polygon of the canvas with a colour or image, plus soft mottling and grain."""
    rng = scene.rng
    size = scene.canvas.size
    fill = base if isinstance(base, Image.Image) else Image.new("RGB", size, base)
    layer = ImageChops.multiply(fill, Image.merge("RGB", [mottle(rng, size, cells, mottling)] * 3))
    n = noise_image(rng, size, 0.8).point(lambda v: round(128 + (v - 128) * grain * 2))
    layer = ImageChops.add(layer, Image.merge("RGB", (n, n, n)), 1.0, -128)
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    scene.canvas.paste(layer, (0, 0), mask)


# --------------------------------------------------------------------------- street


def _car(
    scene: Scene,
    cam: Camera,
    cx: float,
    cz: float,
    away: bool,
    time: str,
    haze: float,
    haze_color: Color,
    sky_col: Color,
    kind: str = "car",
) -> None:
    rng = scene.rng
    p = cam.p
    color = rng.choice(CAR_COLORS)
    if kind == "bus":
        wd, ln, yb, yt, ytop = 2.5, 11.0, 0.35, 1.2, 3.0
        color = rng.choice([(200, 40, 40), (40, 90, 160), (235, 235, 225), (240, 180, 30)])
        c0, c0t, c1t, c1, inset = 0.0, 0.05, ln - 0.2, ln, 0.0
    else:
        wd, ln = rng.uniform(1.75, 1.9), rng.uniform(4.1, 4.7)
        yb, yt, ytop = 0.3, rng.uniform(0.88, 0.98), rng.uniform(1.4, 1.55)
        c0, c0t, c1t, c1 = (0.7, 1.25, 2.9, 3.4) if away else (1.1, 1.9, 3.5, 3.95)
        inset = 0.14
    xl, xr = cx - wd / 2, cx + wd / 2
    side = xl if xl > 0.1 else (xr if xr < -0.1 else None)
    inward = 1 if side == xl else -1
    # shadows on the road: soft sun shadow and a dark contact patch
    scene.shadow(
        [
            p(xl - 0.1, 0, cz - 0.1),
            p(xr + 0.6, 0, cz - 0.1),
            p(xr + 0.6, 0, cz + ln + 0.4),
            p(xl - 0.1, 0, cz + ln + 0.4),
        ],
        blur=cam.scale(cz) * 0.2,
        opacity=0.45,
    )
    scene.shadow(
        [
            p(xl + 0.05, 0, cz + 0.1),
            p(xr - 0.05, 0, cz + 0.1),
            p(xr - 0.05, 0, cz + ln),
            p(xl + 0.05, 0, cz + ln),
        ],
        blur=cam.scale(cz) * 0.06,
        opacity=0.8,
        tint=(20, 20, 25),
    )
    pts = [p(x, y, z) for x in (xl, xr) for y in (0, ytop) for z in (cz, cz + ln)]
    sp = Sprite(
        (
            min(q[0] for q in pts),
            min(q[1] for q in pts),
            max(q[0] for q in pts),
            max(q[1] for q in pts),
        )
    )
    glass = mix((35, 42, 52), sky_col, 0.25 if time == "day" else 0.08)
    if time == "night":
        color = shade(color, 0.45)
    near_col, side_col = shade(color, 0.92), shade(color, 0.72)
    top_col = mix(shade(color, 1.12), sky_col, 0.2)
    tyre = (22, 22, 24)
    if side is not None:
        sp.poly(
            [p(side, yb, cz), p(side, yt, cz), p(side, yt, cz + ln), p(side, yb, cz + ln)], side_col
        )
        s_in = side + inward * inset
        sp.poly(
            [
                p(side, yt, cz + c0),
                p(s_in, ytop, cz + c0t),
                p(s_in, ytop, cz + c1t),
                p(side, yt, cz + c1),
            ],
            side_col,
        )
        if kind == "bus":
            for k in range(7):
                z0 = cz + 0.6 + k * 1.45
                sp.poly(
                    [
                        p(side, 1.45, z0),
                        p(side, 2.6, z0),
                        p(side, 2.6, z0 + 1.25),
                        p(side, 1.45, z0 + 1.25),
                    ],
                    glass,
                )
            sp.poly(
                [
                    p(side, 0.9, cz),
                    p(side, 1.05, cz),
                    p(side, 1.05, cz + ln),
                    p(side, 0.9, cz + ln),
                ],
                shade(color, 0.55),
            )
        else:
            g_in = side + inward * inset * 0.9
            sp.poly(
                [
                    p(side + inward * 0.02, yt + 0.05, cz + c0 + 0.15),
                    p(g_in, ytop - 0.05, cz + c0t + 0.08),
                    p(g_in, ytop - 0.05, cz + c1t - 0.05),
                    p(side + inward * 0.02, yt + 0.05, cz + c1 - 0.12),
                ],
                glass,
            )
            zm = cz + (c0 + c1) / 2
            sp.poly(
                [
                    p(side, yt, zm - 0.05),
                    p(s_in, ytop, zm - 0.05),
                    p(s_in, ytop, zm + 0.06),
                    p(side, yt, zm + 0.06),
                ],
                side_col,
            )
            sp.line(
                [p(side, (yb + yt) / 2, cz + 0.3), p(side, (yb + yt) / 2, cz + ln - 0.3)],
                shade(color, 0.6),
                max(1, cam.scale(cz) * 0.015),
            )
        for zc in (cz + 0.85, cz + ln - 0.95 if kind == "car" else cz + ln - 2.4):
            r = 0.34 if kind == "car" else 0.5
            ring = [
                p(side, r + r * math.sin(a), zc + r * math.cos(a))
                for a in (2 * math.pi * i / 20 for i in range(20))
            ]
            sp.poly(ring, tyre)
            hub = [
                p(side, r + 0.55 * r * math.sin(a), zc + 0.55 * r * math.cos(a))
                for a in (2 * math.pi * i / 16 for i in range(16))
            ]
            sp.poly(hub, (150, 152, 156))
    if kind == "car":
        sp.poly([p(xl, yt, cz), p(xr, yt, cz), p(xr, yt, cz + c0), p(xl, yt, cz + c0)], top_col)
        sp.poly(
            [
                p(xl + inset, ytop, cz + c0t),
                p(xr - inset, ytop, cz + c0t),
                p(xr - inset, ytop, cz + c1t),
                p(xl + inset, ytop, cz + c1t),
            ],
            top_col,
        )
    else:
        sp.poly(
            [p(xl, ytop, cz), p(xr, ytop, cz), p(xr, ytop, cz + ln), p(xl, ytop, cz + ln)], top_col
        )
    for x0, x1 in ((xl + 0.08, xl + 0.36), (xr - 0.36, xr - 0.08)):
        sp.poly(
            [
                p(x0, 0, cz + 0.6),
                p(x1, 0, cz + 0.6),
                p(x1, yb + 0.05, cz + 0.6),
                p(x0, yb + 0.05, cz + 0.6),
            ],
            tyre,
        )
    sp.poly(
        [
            p(xl, yb, cz),
            p(xr, yb, cz),
            p(xr, ytop if kind == "bus" else yt, cz),
            p(xl, ytop if kind == "bus" else yt, cz),
        ],
        near_col,
    )
    if kind == "car":
        sp.poly(
            [
                p(xl + 0.06, yt, cz + c0),
                p(xr - 0.06, yt, cz + c0),
                p(xr - inset, ytop, cz + c0t),
                p(xl + inset, ytop, cz + c0t),
            ],
            near_col,
        )
        sp.poly(
            [
                p(xl + 0.14, yt + 0.04, cz + c0 + 0.03),
                p(xr - 0.14, yt + 0.04, cz + c0 + 0.03),
                p(xr - inset - 0.07, ytop - 0.05, cz + c0t - 0.03),
                p(xl + inset + 0.07, ytop - 0.05, cz + c0t - 0.03),
            ],
            glass,
        )
    else:
        sp.poly(
            [
                p(xl + 0.12, 1.25, cz),
                p(xr - 0.12, 1.25, cz),
                p(xr - 0.12, 2.55, cz),
                p(xl + 0.12, 2.55, cz),
            ],
            glass,
        )
        sp.poly(
            [
                p(xl + 0.4, 2.62, cz),
                p(xr - 0.4, 2.62, cz),
                p(xr - 0.4, 2.9, cz),
                p(xl + 0.4, 2.9, cz),
            ],
            (20, 20, 20),
        )
    sp.poly(
        [p(xl, yb, cz), p(xr, yb, cz), p(xr, yb + 0.12, cz), p(xl, yb + 0.12, cz)], (40, 40, 42)
    )
    lamp_y = (0.62, 0.78) if kind == "car" else (0.55, 0.8)
    lamps = []
    for x0, x1 in ((xl + 0.04, xl + 0.34), (xr - 0.34, xr - 0.04)):
        lit = (255, 60, 50) if away else (250, 250, 235)
        col = lit if time == "night" else ((175, 25, 30) if away else (225, 228, 232))
        sp.poly(
            [
                p(x0, lamp_y[0], cz),
                p(x1, lamp_y[0], cz),
                p(x1, lamp_y[1], cz),
                p(x0, lamp_y[1], cz),
            ],
            col,
        )
        lamps.append((p((x0 + x1) / 2, sum(lamp_y) / 2, cz), lit))
    plate_y = (0.44, 0.56)
    sp.poly(
        [
            p(cx - 0.26, plate_y[0], cz),
            p(cx + 0.26, plate_y[0], cz),
            p(cx + 0.26, plate_y[1], cz),
            p(cx - 0.26, plate_y[1], cz),
        ],
        (225, 225, 215),
    )
    if not away and kind == "car":
        sp.poly(
            [
                p(cx - 0.4, 0.6, cz),
                p(cx + 0.4, 0.6, cz),
                p(cx + 0.4, 0.74, cz),
                p(cx - 0.4, 0.74, cz),
            ],
            (30, 30, 32),
        )
    sp.light(1.12, 0.86)
    scene.add(sp, kind, haze=haze, haze_color=haze_color, tag="vehicles")
    if time == "night":
        for (lx, ly), lit in lamps:
            scene.glow(lx, ly, cam.scale(cz) * 0.35, lit, 0.9)


def _traffic_light(
    scene: Scene,
    cam: Camera,
    x: float,
    z: float,
    haze: float,
    haze_color: Color,
    time: str,
    arm: float = 0.0,
) -> None:
    rng = scene.rng
    p = cam.p
    s = cam.scale(z)
    pole = Sprite(
        (p(x, 0, z)[0] - 0.2 * s, p(x, 5.6, z)[1], p(x + arm, 0, z)[0] + 0.2 * s, p(x, 0, z)[1])
    )
    pole.line([p(x, 0, z), p(x, 5.4, z)], (85, 90, 95), 0.13 * s)
    heads = [(x, 2.9)]
    if arm:
        pole.line([p(x, 5.2, z), p(x + arm, 5.2, z)], (85, 90, 95), 0.1 * s)
        heads.append((x + arm * 0.85, 4.15))
    scene.shadow(
        [p(x - 0.1, 0, z), p(x + 0.1, 0, z), p(x + 2.5, 0, z + 1.5), p(x + 2.3, 0, z + 1.5)],
        blur=s * 0.08,
        opacity=0.35,
    )
    scene.add(pole, None, haze=haze, haze_color=haze_color)
    state = rng.randrange(3)
    for hx, hy in heads:
        cxp, top = p(hx, hy + 1.05, z)
        _, bot = p(hx, hy, z)
        w = 0.36 * s
        sp = Sprite((cxp - w * 0.75, top - 0.1 * s, cxp + w * 0.75, bot + 0.1 * s))
        sp.poly(
            [
                (cxp - w * 0.72, top - 0.06 * s),
                (cxp + w * 0.72, top - 0.06 * s),
                (cxp + w * 0.72, bot + 0.06 * s),
                (cxp - w * 0.72, bot + 0.06 * s),
            ],
            (25, 25, 25),
        )
        sp.poly(
            [(cxp - w / 2, top), (cxp + w / 2, top), (cxp + w / 2, bot), (cxp - w / 2, bot)],
            (45, 48, 50),
        )
        lights = []
        for k, (on, off) in enumerate(
            (
                ((255, 50, 40), (70, 20, 20)),
                ((255, 180, 30), (75, 55, 15)),
                ((60, 255, 130), (15, 60, 35)),
            )
        ):
            ly = top + (bot - top) * (k + 0.5) / 3
            lit = k == state
            sp.ellipse(cxp, ly, w * 0.33, w * 0.33, on if lit else off)
            if lit:
                lights.append((ly, on))
        scene.add(sp, "traffic light", haze=haze, haze_color=haze_color)
        for ly, on in lights:
            scene.glow(cxp, ly, w * (0.9 if time == "night" else 0.45), on, 0.7)


def _lamp_post(
    scene: Scene,
    cam: Camera,
    x: float,
    z: float,
    sgn: int,
    haze: float,
    haze_color: Color,
    time: str,
) -> None:
    p = cam.p
    s = cam.scale(z)
    top = p(x, 6.5, z)
    head = p(x - sgn * 1.2, 6.3, z)
    sp = Sprite(
        (
            min(top[0], head[0]) - 0.4 * s,
            top[1] - 0.3 * s,
            max(top[0], head[0]) + 0.4 * s,
            p(x, 0, z)[1],
        )
    )
    sp.line([p(x, 0, z), top, head], (60, 64, 68), 0.12 * s)
    sp.ellipse(head[0], head[1] + 0.08 * s, 0.3 * s, 0.1 * s, (50, 52, 55))
    scene.add(sp, None, haze=haze, haze_color=haze_color)
    if time == "night":
        scene.glow(head[0], head[1] + 0.15 * s, 0.9 * s, (255, 210, 140), 0.9)
        gx, gy = p(x - sgn * 1.2, 0, z)
        scene.glow(gx, gy, 2.2 * s, (120, 100, 70), 0.5)


def _building(
    scene: Scene,
    cam: Camera,
    xp: float,
    z0: float,
    z1: float,
    height: float,
    color: Color,
    sgn: int,
    time: str,
    haze_color: Color,
) -> None:
    """A facade in the plane X = xp from depth z0 to z1; sgn is -1 on the left side."""
    rng = scene.rng
    p = cam.p
    d = scene.draw()
    hz = 1 - math.exp(-((z0 + z1) / 2) / 180)
    lit_side = 1.0 if sgn < 0 else 0.82
    if time == "night":
        lit_side *= 0.35
    elif time == "dusk":
        lit_side *= 0.75
    face = mix(shade(color, lit_side), haze_color, hz)
    front = mix(shade(color, lit_side * 0.85), haze_color, hz)
    d.polygon(
        [p(xp, 0, z0), p(xp + sgn * 25, 0, z0), p(xp + sgn * 25, height, z0), p(xp, height, z0)],
        fill=front,
    )
    d.polygon([p(xp, 0, z0), p(xp, height, z0), p(xp, height, z1), p(xp, 0, z1)], fill=face)
    d.polygon(
        [p(xp, height - 0.6, z0), p(xp, height, z0), p(xp, height, z1), p(xp, height - 0.6, z1)],
        fill=mix(shade(face, 0.8), haze_color, hz * 0.3),
    )
    if cam.scale(z0) * 1.3 < 2.5:
        return
    sky_glass = mix((70, 90, 115), haze_color, 0.35 + hz * 0.5)
    frame = mix((225, 222, 215), haze_color, hz)
    y = 4.2
    while y + 2.2 < height - 0.6:
        z = z0 + 1.0
        while z + 1.4 < z1 - 0.6:
            q = [p(xp, y, z), p(xp, y + 1.8, z), p(xp, y + 1.8, z + 1.3), p(xp, y, z + 1.3)]
            if time == "night":
                col = (255, 205, 120) if rng.random() < 0.4 else (20, 24, 34)
                col = mix(col, haze_color, hz * 0.5)
            else:
                col = mix(sky_glass, (30, 35, 45), rng.uniform(0, 0.5))
            d.polygon(q, fill=frame)
            inner = [
                p(xp, y + 0.08, z + 0.08),
                p(xp, y + 1.72, z + 0.08),
                p(xp, y + 1.72, z + 1.22),
                p(xp, y + 0.08, z + 1.22),
            ]
            d.polygon(inner, fill=col)
            z += 3.0
        y += 3.2
    # shop front with an awning
    glass = (30, 36, 44) if time != "night" else (255, 220, 160)
    d.polygon(
        [p(xp, 0.4, z0 + 0.8), p(xp, 3.0, z0 + 0.8), p(xp, 3.0, z1 - 0.8), p(xp, 0.4, z1 - 0.8)],
        fill=mix(glass, haze_color, hz),
    )
    awn = rng.choice([(180, 40, 40), (40, 100, 70), (40, 60, 120), (220, 160, 40), (90, 40, 90)])
    n = max(2, int((z1 - z0 - 1.6) / 0.8))
    for k in range(n):
        za = z0 + 0.8 + k * (z1 - z0 - 1.6) / n
        zb = z0 + 0.8 + (k + 1) * (z1 - z0 - 1.6) / n
        col = awn if k % 2 == 0 else (235, 230, 220)
        d.polygon(
            [
                p(xp, 3.4, za),
                p(xp, 3.4, zb),
                p(xp - sgn * 1.3, 2.9, zb),
                p(xp - sgn * 1.3, 2.9, za),
            ],
            fill=mix(shade(col, lit_side), haze_color, hz),
        )


def street(
    seed: int,
    size: tuple[int, int] = (1024, 768),
    time: str = "day",
    cars: int = 5,
    people: int = 6,
    bikes: int = 1,
    bus: bool = False,
) -> Rendered:
    """A city street seen from the driver's seat, with perspective."""
    scene = Scene(*size, seed)
    rng = scene.rng
    W2, H2 = scene.W2, scene.H2
    hy = H2 * rng.uniform(0.47, 0.53) if W2 > H2 else H2 * rng.uniform(0.5, 0.55)
    cam = Camera(xv=W2 * rng.uniform(0.44, 0.56), hy=hy, f=max(W2, H2) * 0.8, h=1.55)
    haze_col = sky(scene, hy + 2, time, clouds=rng.randint(2, 6))
    sky_col = haze_col
    p = cam.p
    road_l, road_r, walk_l, walk_r = -5.5, 4.5, -9.0, 8.0
    far = 400.0
    # distant skyline
    d = scene.draw()
    x = cam.xv - W2 * 0.3
    while x < cam.xv + W2 * 0.3:
        w, h = rng.uniform(0.01, 0.04) * W2, rng.uniform(0.02, 0.09) * H2
        d.rectangle(
            (x, hy - h, x + w, hy + 2),
            fill=mix((120, 130, 150) if time != "night" else (40, 45, 65), haze_col, 0.45),
        )
        x += w * rng.uniform(0.8, 1.1)
    asphalt = (72, 73, 78) if time == "day" else ((60, 58, 62) if time == "dusk" else (32, 32, 38))
    paving = (
        (172, 168, 160) if time == "day" else ((140, 130, 125) if time == "dusk" else (60, 60, 66))
    )
    grad_road = gradient(
        (W2, H2),
        [
            (0.0, haze_col),
            (hy / H2, mix(asphalt, haze_col, 0.6)),
            (min(0.99, hy / H2 + 0.12), asphalt),
            (1.0, shade(asphalt, 0.9)),
        ],
    )
    textured(
        scene,
        [p(road_l, 0, 0.5), p(road_r, 0, 0.5), p(road_r, 0, far), p(road_l, 0, far)],
        grad_road,
        grain=0.035,
        cells=60,
        mottling=0.12,
    )
    grad_walk = gradient(
        (W2, H2),
        [
            (0.0, haze_col),
            (hy / H2, mix(paving, haze_col, 0.5)),
            (min(0.99, hy / H2 + 0.15), paving),
            (1.0, paving),
        ],
    )
    for a, b in ((walk_l, road_l), (road_r, walk_r)):
        textured(
            scene,
            [p(a, 0.15, 0.5), p(b, 0.15, 0.5), p(b, 0.15, far), p(a, 0.15, far)],
            grad_walk,
            grain=0.03,
            cells=30,
            mottling=0.08,
        )
    for xc in (road_l, road_r):
        d.polygon(
            [p(xc, 0, 0.5), p(xc, 0.15, 0.5), p(xc, 0.15, far), p(xc, 0, far)],
            fill=shade(paving, 0.8),
        )
    joint = shade(paving, 0.85)
    for a, b in ((walk_l, road_l), (road_r, walk_r)):
        z = 1.0
        while z < 80:
            d.line(
                [p(a, 0.15, z), p(b, 0.15, z)], fill=joint, width=max(1, round(cam.scale(z) * 0.02))
            )
            z += 1.6
    paint = (235, 235, 225) if time == "day" else (150, 150, 145)
    z = 1.0
    while z < far * 0.5:
        d.polygon(
            [
                p(-1.83, 0.005, z),
                p(-1.67, 0.005, z),
                p(-1.67, 0.005, z + 3),
                p(-1.83, 0.005, z + 3),
            ],
            fill=mix(paint, haze_col, 1 - math.exp(-z / 150)),
        )
        z += 9
    d.polygon(
        [p(2.0, 0.005, 0.5), p(2.12, 0.005, 0.5), p(2.12, 0.005, far), p(2.0, 0.005, far)],
        fill=shade(paint, 0.9),
    )
    zc = rng.uniform(16, 26)
    for k in range(17):
        x0 = road_l + 0.3 + k * 0.58
        d.polygon(
            [
                p(x0, 0.006, zc),
                p(x0 + 0.32, 0.006, zc),
                p(x0 + 0.32, 0.006, zc + 3),
                p(x0, 0.006, zc + 3),
            ],
            fill=paint,
        )
    # buildings, far to near, on both sides
    palette = [
        (150, 72, 58),
        (200, 172, 125),
        (226, 214, 190),
        (150, 150, 150),
        (165, 182, 200),
        (205, 150, 75),
        (232, 230, 222),
        (112, 58, 48),
        (185, 120, 100),
    ]
    blocks = []
    for xp, sgn in ((walk_l, -1), (walk_r, 1)):
        z = 0.5
        while z < far:
            w = rng.uniform(8, 20)
            blocks.append((z, xp, z, z + w, rng.uniform(9, 28), rng.choice(palette), sgn))
            z += w
    for _, xp, z0, z1, h, col, sgn in sorted(blocks, reverse=True):
        _building(scene, cam, xp, z0, z1, h, col, sgn, time, haze_col)
    # things on the street, far to near
    items: list[tuple[float, str, dict]] = []
    for _ in range(cars):
        lane = rng.random()
        if lane < 0.4:
            items.append((rng.uniform(7, 30), "car", {"cx": rng.uniform(-0.3, 0.3), "away": True}))
        elif lane < 0.7:
            items.append(
                (rng.uniform(8, 60), "car", {"cx": rng.uniform(-3.9, -3.3), "away": False})
            )
        else:
            items.append((rng.uniform(5, 45), "car", {"cx": 3.3, "away": True}))
    if bus:
        items.append((rng.uniform(25, 45), "bus", {"cx": -3.6, "away": False}))
    # keep vehicles in one lane apart
    items.sort()
    kept: list[tuple[float, str, dict]] = []
    for it in items:
        if all(
            abs(it[2]["cx"] - o[2]["cx"]) > 1.5
            or abs(it[0] - o[0]) > (13 if "bus" in (it[1], o[1]) else 7)
            for o in kept
        ):
            kept.append(it)
    items = kept
    for _ in range(people):
        side = rng.random()
        if side < 0.15:
            items.append((zc + 1.5, "walker", {"x": rng.uniform(road_l + 0.5, -2.5)}))
        elif side < 0.55:
            items.append((rng.uniform(5, 28), "person", {"x": rng.uniform(-8.5, -6.0)}))
        else:
            items.append((rng.uniform(4.5, 28), "person", {"x": rng.uniform(5.0, 7.5)}))
    for _ in range(bikes):
        items.append((rng.uniform(5, 14), "bicycle", {"x": rng.uniform(5.5, 6.8)}))
    for k in range(6):
        items.append((6 + k * 14 + rng.uniform(-2, 2), "tree", {"x": -6.2 if k % 2 else 5.2}))
        items.append((10 + k * 22, "lamp", {"x": road_r + 0.35, "sgn": 1}))
    items.append((zc - 1.5, "light", {"x": road_r + 0.5, "arm": -3.2}))
    items.append((zc - 1.5, "light", {"x": road_l - 0.5, "arm": 0.0}))
    dark = time == "night"
    for z, kind, kw in sorted(items, key=lambda t: -t[0]):
        hz = 1 - math.exp(-z / 180)
        if dark:  # people, trees and poles fall into the night's colour
            hz, haze_col = 0.5 + 0.4 * hz, (14, 18, 32)
        if kind in ("car", "bus"):
            _car(
                scene,
                cam,
                kw["cx"],
                z,
                kw["away"],
                time,
                hz * (0.4 if dark else 1.0),
                haze_col,
                sky_col,
                kind,
            )
        elif kind in ("person", "walker"):
            bx, by = p(kw["x"], 0.15 if kind == "person" else 0.0, z)
            view = "side" if kind == "walker" else rng.choice(["front", "back", "front"])
            person(
                scene,
                bx,
                by,
                cam.scale(z),
                view=view,
                facing=rng.choice([-1, 1]),
                haze=hz,
                haze_color=haze_col,
            )
        elif kind == "bicycle":
            bx, by = p(kw["x"], 0.15, z)
            bicycle(scene, bx, by, cam.scale(z), facing=rng.choice([-1, 1]), haze=hz)
        elif kind == "tree":
            bx, by = p(kw["x"], 0.15, z)
            tree(
                scene,
                bx,
                by,
                cam.scale(z),
                None,
                haze=hz,
                haze_color=haze_col,
                kind="round",
                shadow=time != "night",
            )
        elif kind == "lamp":
            _lamp_post(scene, cam, kw["x"], z, kw["sgn"], hz, haze_col, time)
        elif kind == "light":
            _traffic_light(scene, cam, kw["x"], z, hz, haze_col, time, arm=kw["arm"])
    scene.tags.add("buildings")
    return scene.finish(grain=3.5, vignette=0.2, scene="street")


# --------------------------------------------------------------------------- fruit


def _fruit_shadow(scene: Scene, cx: float, by: float, r: float) -> None:
    scene.shadow(
        circle_pts(cx + 0.55 * r, by - 0.05 * r, 1.15 * r, 0.32 * r), blur=0.3 * r, opacity=0.4
    )
    scene.shadow(
        circle_pts(cx, by - 0.04 * r, 0.8 * r, 0.16 * r),
        blur=0.09 * r,
        opacity=0.7,
        tint=(30, 25, 20),
    )


def apple(scene: Scene, cx: float, cy: float, r: float) -> None:
    rng = scene.rng
    base = rng.choice([(175, 28, 32), (190, 40, 35), (150, 20, 35), (125, 175, 50), (210, 170, 50)])
    pts = []
    for i in range(60):
        t = 2 * math.pi * i / 60
        x, y = 1.05 * r * math.sin(t), -0.95 * r * math.cos(t)
        if y < 0:
            y += 0.16 * r * math.exp(-((x / (0.28 * r)) ** 2))
        else:
            y = y * 0.96 - 0.05 * r * math.exp(-((x / (0.25 * r)) ** 2))
        pts.append((cx + x, cy + y))
    _fruit_shadow(scene, cx, cy + 0.92 * r, r)
    sp = Sprite((cx - 1.2 * r, cy - 1.35 * r, cx + 1.2 * r, cy + r))
    sp.poly(pts, base)
    streak = (
        mix(base, (240, 200, 60), 0.35) if base[0] > base[1] else mix(base, (230, 230, 80), 0.3)
    )
    for _ in range(30):
        x = rng.uniform(-0.9, 0.9) * r
        arc = [
            (cx + x * math.sin(math.pi * (0.1 + 0.8 * k / 8)), cy - 0.8 * r + 1.6 * r * k / 8)
            for k in range(9)
        ]
        sp.line(arc, streak, max(1, r * rng.uniform(0.02, 0.05)), alpha=45)
    sp.img = sp.img.filter(ImageFilter.GaussianBlur(r * 0.015))
    keep = Image.new("L", sp.img.size, 0)
    ImageDraw.Draw(keep).polygon(sp.t(pts), fill=255)
    sp.img.putalpha(keep)
    sp.d = ImageDraw.Draw(sp.img)
    sp.radial(cx - 0.35 * r, cy - 0.4 * r, 2.7 * r, inner=1.3, outer=0.45, gamma=1.2)
    sp.glossy(cx - 0.4 * r, cy - 0.45 * r, 0.16 * r, 0.11 * r, 0.6)
    sp.line(
        [(cx, cy - 0.75 * r), (cx + 0.06 * r, cy - 1.05 * r), (cx + 0.14 * r, cy - 1.22 * r)],
        (85, 60, 35),
        r * 0.07,
    )
    if rng.random() < 0.5:
        leaf = [
            (cx + 0.12 * r, cy - 1.05 * r),
            (cx + 0.35 * r, cy - 1.28 * r),
            (cx + 0.65 * r, cy - 1.22 * r),
            (cx + 0.4 * r, cy - 1.06 * r),
        ]
        sp.poly(leaf, (75, 130, 45))
        sp.line([leaf[0], leaf[2]], (110, 160, 70), max(1, r * 0.02))
    scene.add(sp, "apple", tag="food")


def orange(scene: Scene, cx: float, cy: float, r: float) -> None:
    rng = scene.rng
    base = vary(rng, (242, 140, 24), 10)
    _fruit_shadow(scene, cx, cy + 0.97 * r, r)
    sp = Sprite((cx - 1.1 * r, cy - 1.1 * r, cx + 1.1 * r, cy + 1.05 * r))
    sp.ellipse(cx, cy, r, 0.97 * r, base)
    for _ in range(int(r * 3)):
        a, d = rng.uniform(0, 2 * math.pi), r * math.sqrt(rng.random()) * 0.97
        x, y = cx + math.cos(a) * d, cy + math.sin(a) * d * 0.97
        sp.ellipse(x, y, r * 0.018, r * 0.018, shade(base, 0.85))
    sp.texture(rng, 0.1, blur=0.8)
    sp.radial(cx - 0.35 * r, cy - 0.4 * r, 2.7 * r, inner=1.25, outer=0.5, gamma=1.2)
    sp.glossy(cx - 0.4 * r, cy - 0.42 * r, 0.15 * r, 0.12 * r, 0.45)
    sx, sy = cx + 0.08 * r, cy - 0.82 * r
    for k in range(5):
        a = 2 * math.pi * k / 5
        sp.line(
            [(sx, sy), (sx + math.cos(a) * 0.07 * r, sy + math.sin(a) * 0.035 * r)],
            (90, 110, 40),
            max(1, r * 0.03),
        )
    scene.add(sp, "orange", tag="food")


def lemon(scene: Scene, cx: float, cy: float, r: float) -> None:
    rng = scene.rng
    angle = rng.uniform(-0.35, 0.35)
    pts = []
    for i in range(64):
        t = 2 * math.pi * i / 64
        c = math.cos(t)
        x = (1.22 * c + 0.2 * math.copysign(abs(c) ** 14, c)) * r
        y = 0.82 * r * math.sin(t)
        pts.append((cx + x, cy + y))
    pts = rotate_pts(pts, cx, cy, angle)
    _fruit_shadow(scene, cx, cy + 0.8 * r, r * 1.1)
    sp = Sprite((cx - 1.6 * r, cy - 1.3 * r, cx + 1.6 * r, cy + 1.3 * r))
    sp.poly(pts, vary(rng, (246, 214, 46), 8))
    sp.texture(rng, 0.1, blur=0.8)
    sp.radial(cx - 0.4 * r, cy - 0.35 * r, 3.0 * r, inner=1.2, outer=0.55, gamma=1.2)
    sp.glossy(cx - 0.45 * r, cy - 0.35 * r, 0.22 * r, 0.1 * r, 0.45)
    scene.add(sp, "lemon", tag="food")


def pear(scene: Scene, cx: float, cy: float, r: float) -> None:
    rng = scene.rng
    base = rng.choice([(190, 195, 75), (205, 185, 80), (150, 170, 60)])
    _fruit_shadow(scene, cx, cy + 0.95 * r, r)
    sp = Sprite((cx - 1.2 * r, cy - 2.3 * r, cx + 1.2 * r, cy + r))
    sp.ellipse(cx, cy, r, 0.95 * r, base)
    sp.ellipse(cx + 0.05 * r, cy - 1.15 * r, 0.52 * r, 0.6 * r, base)
    sp.poly(
        [
            (cx - 0.82 * r, cy - 0.45 * r),
            (cx - 0.47 * r, cy - 1.1 * r),
            (cx + 0.57 * r, cy - 1.1 * r),
            (cx + 0.85 * r, cy - 0.45 * r),
        ],
        base,
    )
    for k in range(6):
        sp.ellipse(
            cx + 0.45 * r,
            cy - 0.1 * r,
            (0.2 + 0.08 * k) * r,
            (0.3 + 0.08 * k) * r,
            (200, 120, 60),
            alpha=22,
        )
    for _ in range(int(r * 1.5)):
        x, y = cx + rng.uniform(-0.8, 0.8) * r, cy + rng.uniform(-1.5, 0.8) * r
        sp.ellipse(x, y, r * 0.015, r * 0.015, (120, 100, 40), alpha=120)
    sp.radial(cx - 0.35 * r, cy - 0.7 * r, 3.2 * r, inner=1.25, outer=0.5, gamma=1.2)
    sp.glossy(cx - 0.4 * r, cy - 0.3 * r, 0.12 * r, 0.2 * r, 0.35)
    sp.line([(cx + 0.05 * r, cy - 1.7 * r), (cx + 0.12 * r, cy - 2.1 * r)], (90, 65, 40), r * 0.07)
    scene.add(sp, "pear", tag="food")


def banana(scene: Scene, cx: float, cy: float, r: float) -> None:
    """A banana lying on its side; r is about a third of its length."""
    rng = scene.rng
    rb = r * rng.uniform(2.4, 3.0)
    span = rng.uniform(1.2, 1.5)
    mid = math.pi / 2 + rng.uniform(-0.2, 0.2)
    thick = r * 0.62
    ocx, ocy = cx, cy - rb + 0.25 * r
    outer, inner, ridge = [], [], []
    n = 30
    for i in range(n + 1):
        u = i / n
        a = mid - span / 2 + span * u
        th = thick * (math.sin(math.pi * (0.04 + 0.92 * u)) ** 0.55)
        ca, sa = math.cos(a), math.sin(a)
        outer.append((ocx + ca * (rb + th / 2), ocy + sa * (rb + th / 2)))
        inner.append((ocx + ca * (rb - th / 2), ocy + sa * (rb - th / 2)))
        ridge.append((ocx + ca * (rb + th * 0.12), ocy + sa * (rb + th * 0.12)))
    a_end = mid + span / 2
    stem = [
        (ocx + math.cos(a_end) * (rb - 0.09 * r), ocy + math.sin(a_end) * (rb - 0.09 * r)),
        (
            ocx + math.cos(a_end + 0.16) * (rb - 0.07 * r),
            ocy + math.sin(a_end + 0.16) * (rb - 0.07 * r),
        ),
        (
            ocx + math.cos(a_end + 0.16) * (rb + 0.07 * r),
            ocy + math.sin(a_end + 0.16) * (rb + 0.07 * r),
        ),
        (ocx + math.cos(a_end) * (rb + 0.09 * r), ocy + math.sin(a_end) * (rb + 0.09 * r)),
    ]
    body = outer + inner[::-1]
    xs = [p[0] for p in body + stem]
    ys = [p[1] for p in body + stem]
    scene.shadow(body, blur=0.2 * r, opacity=0.55)
    sp = Sprite((min(xs), min(ys), max(xs), max(ys)))
    yellow = vary(rng, (240, 205, 60), 8)
    sp.poly(body, yellow)
    sp.poly(stem, (120, 110, 50))
    sp.line(ridge, shade(yellow, 0.86), max(1, r * 0.04))
    sp.ellipse(*outer[0], r * 0.07, r * 0.07, (60, 45, 25))
    for _ in range(int(r * 0.15)):
        i = rng.randrange(3, n - 3)
        t = rng.uniform(0.15, 0.85)
        x = outer[i][0] + (inner[i][0] - outer[i][0]) * t
        y = outer[i][1] + (inner[i][1] - outer[i][1]) * t
        sp.ellipse(x, y, r * 0.025, r * 0.018, (120, 90, 35), alpha=110)
    sp.light(1.15, 0.8)
    sp.edge_shade(0.08 * r, 0.4)
    scene.add(sp, "banana", tag="food")


FRUIT = {"apple": apple, "orange": orange, "lemon": lemon, "pear": pear, "banana": banana}


def fruit(
    seed: int,
    size: tuple[int, int] = (1024, 768),
    count: int = 8,
    kinds: tuple[str, ...] = ("apple", "orange", "banana", "lemon", "pear"),
    surface: str | None = None,
) -> Rendered:
    """Fruit on a kitchen table, lit from the upper left."""
    scene = Scene(*size, seed)
    rng = scene.rng
    W2, H2 = scene.W2, scene.H2
    ty = H2 * rng.uniform(0.22, 0.34)
    wall = rng.choice([(214, 200, 178), (190, 205, 196), (200, 200, 210), (225, 215, 200)])
    scene.canvas.paste(
        gradient((W2, round(ty) + 2), [(0.0, shade(wall, 0.8)), (1.0, wall)]), (0, 0)
    )
    scene.glow(W2 * 0.2, ty * 0.4, W2 * 0.3, (255, 245, 220), 0.35)
    surface = surface or rng.choice(["wood", "cloth", "marble"])
    top = [(0, ty), (W2, ty), (W2, H2), (0, H2)]
    d = scene.draw()
    vx = W2 * rng.uniform(0.4, 0.6)
    vy = ty - H2 * 1.2
    if surface == "wood":
        wood = rng.choice([(150, 100, 60), (175, 125, 80), (120, 80, 50)])
        textured(
            scene,
            top,
            gradient((W2, H2), [(0.0, shade(wood, 0.7)), (1.0, wood)]),
            grain=0.06,
            cells=20,
            mottling=0.12,
        )
        for k in range(-12, 13):
            xb = vx + k * W2 * 0.16
            xt = vx + (xb - vx) * (ty - vy) / (H2 - vy)
            d.line([(xt, ty), (xb, H2)], fill=shade(wood, 0.55), width=3)
            for _ in range(5):
                off = rng.uniform(0.1, 0.9) * W2 * 0.16
                pts = [
                    (
                        xt + off * (ty - vy) / (H2 - vy) + math.sin(j * 0.7 + off) * 3,
                        ty + (H2 - ty) * j / 20,
                    )
                    for j in range(21)
                ]
                pts = [
                    (
                        x
                        + (xb - xt) * (y - ty) / (H2 - ty)
                        + off * (1 - (ty - vy) / (H2 - vy)) * (y - ty) / (H2 - ty),
                        y,
                    )
                    for x, y in pts
                ]
                d.line(pts, fill=shade(wood, rng.uniform(0.8, 0.92)), width=2)
    elif surface == "cloth":
        cloth = rng.choice([(190, 40, 45), (40, 90, 160), (50, 120, 70)])
        textured(scene, top, (240, 236, 228), grain=0.05)
        rows = 14
        for i in range(rows):
            y0 = ty + (H2 - ty) * ((i / rows) ** 1.4)
            y1 = ty + (H2 - ty) * (((i + 0.5) / rows) ** 1.4)
            d.rectangle((0, y0, W2, y1), fill=mix(cloth, (240, 236, 228), 0.55))
        for k in range(-20, 21, 2):
            xb = vx + k * W2 * 0.06
            xb2 = vx + (k + 1) * W2 * 0.06
            f = (ty - vy) / (H2 - vy)
            strip = [(vx + (xb - vx) * f, ty), (vx + (xb2 - vx) * f, ty), (xb2, H2), (xb, H2)]
            mask = Image.new("L", scene.canvas.size, 0)
            ImageDraw.Draw(mask).polygon(strip, fill=110)
            scene.canvas.paste(Image.new("RGB", scene.canvas.size, cloth), (0, 0), mask)
    else:
        textured(scene, top, (232, 230, 226), grain=0.04, cells=12, mottling=0.06)
        for _ in range(9):
            x, y = rng.uniform(0, W2), rng.uniform(ty, H2)
            pts = [(x, y)]
            for _ in range(30):
                x += rng.uniform(-10, 40)
                y += rng.uniform(-14, 14)
                pts.append((x, max(ty, y)))
            veins = Image.new("L", scene.canvas.size, 0)
            ImageDraw.Draw(veins).line(pts, fill=90, width=rng.randint(2, 5))
            veins = veins.filter(ImageFilter.GaussianBlur(2.5))
            scene.canvas.paste(Image.new("RGB", veins.size, (150, 150, 158)), (0, 0), veins)
    scene.canvas.paste(
        scene.canvas.crop((0, round(ty), W2, H2)).filter(ImageFilter.GaussianBlur(1.2)),
        (0, round(ty)),
    )
    d.line([(0, ty), (W2, ty)], fill=shade(wall, 0.6), width=3)
    placed: list[tuple[float, float, float, str]] = []
    for _ in range(count * 30):
        if len(placed) >= count:
            break
        kind = rng.choice(kinds)
        y = rng.uniform(ty + (H2 - ty) * 0.3, H2 * 0.92)
        depth = 0.6 + 0.55 * (y - ty) / (H2 - ty)
        r = min(W2, H2) * rng.uniform(0.09, 0.115) * depth
        x = rng.gauss(W2 / 2, W2 * 0.2)
        if not 0.08 * W2 < x < 0.92 * W2:
            continue
        reach = 2.6 if kind == "banana" else 1.0
        if any(
            math.hypot(x - px, (y - py) * 1.6)
            < (r * reach + pr * (2.6 if pk == "banana" else 1.0)) * 0.8
            for px, py, pr, pk in placed
        ):
            continue
        placed.append((x, y, r, kind))
    if surface != "cloth" and rng.random() < 0.5:
        px, py = W2 * rng.uniform(0.3, 0.7), ty + (H2 - ty) * 0.55
        sp = Sprite((px - W2 * 0.3, py - H2 * 0.2, px + W2 * 0.3, py + H2 * 0.2))
        sp.ellipse(px, py, W2 * 0.26, (H2 - ty) * 0.3, (235, 235, 232))
        sp.ellipse(px, py + 6, W2 * 0.2, (H2 - ty) * 0.22, (222, 222, 220))
        sp.radial(px - W2 * 0.1, py - H2 * 0.1, W2 * 0.6, 1.05, 0.8)
        scene.shadow(circle_pts(px + 20, py + 20, W2 * 0.26, (H2 - ty) * 0.3), 30, 0.4)
        scene.add(sp, None)
    for x, y, r, kind in sorted(placed, key=lambda t: t[1]):
        FRUIT[kind](scene, x, y - r * 0.95, r)
    return scene.finish(grain=3.0, vignette=0.25, scene="kitchen table")


# --------------------------------------------------------------------------- park

DOG_COATS = [
    ((215, 165, 90), None),
    ((120, 75, 40), None),
    ((38, 34, 32), None),
    ((235, 230, 220), (40, 38, 36)),
    ((160, 150, 140), None),
    ((200, 150, 90), (45, 35, 30)),
    ((240, 236, 228), (150, 95, 50)),
]


def dog(
    scene: Scene, cx: float, by: float, s: float, facing: int = 1, running: bool = False
) -> None:
    """A dog seen from the side; (cx, by) is the ground under its middle, s px per metre."""
    rng = scene.rng
    coat, marks = rng.choice(DOG_COATS)
    L = rng.uniform(0.6, 0.95)  # body length
    H = L * rng.uniform(0.62, 0.8)  # shoulder height
    pointy = rng.random() < 0.45

    def P(x: float, y: float) -> Point:
        return (cx + facing * x * s, by - y * s)

    scene.shadow(circle_pts(cx, by, 0.6 * L * s, 0.08 * L * s), blur=0.05 * s, opacity=0.5)
    sp = Sprite((cx - 1.1 * L * s, by - (H + 0.55 * L) * s, cx + 1.1 * L * s, by + 0.05 * s))
    far = shade(coat, 0.72)
    leg = 0.085 * L
    spread = 0.16 * L if running else 0.03 * L
    for x0, dx in ((0.33 * L, -spread), (-0.33 * L, spread)):
        sp.line([P(x0 + 0.04 * L, H * 0.6), P(x0 + dx, 0.03)], far, leg * s)
    tail_up = rng.uniform(0.2, 0.5) * L
    sp.line(
        [P(-0.45 * L, H * 0.93), P(-0.6 * L, H * 0.98 + tail_up * 0.6), P(-0.68 * L, H + tail_up)],
        coat,
        0.06 * L * s,
    )
    sp.ellipse(*P(0.0, H * 0.78), 0.5 * L * s, 0.17 * L * s, coat)
    sp.ellipse(*P(0.3 * L, H * 0.8), 0.22 * L * s, 0.22 * L * s, coat)
    sp.ellipse(*P(-0.32 * L, H * 0.8), 0.2 * L * s, 0.19 * L * s, coat)
    hx, hy = 0.56 * L, H + 0.2 * L
    sp.poly(
        [P(0.28 * L, H * 0.95), P(0.45 * L, hy), P(0.62 * L, hy - 0.05 * L), P(0.46 * L, H * 0.7)],
        coat,
    )
    sp.ellipse(*P(hx, hy), 0.15 * L * s, 0.14 * L * s, coat)
    sp.poly(
        [
            P(hx + 0.05 * L, hy + 0.05 * L),
            P(hx + 0.3 * L, hy - 0.02 * L),
            P(hx + 0.3 * L, hy - 0.1 * L),
            P(hx + 0.05 * L, hy - 0.12 * L),
        ],
        coat,
    )
    sp.ellipse(*P(hx + 0.3 * L, hy - 0.05 * L), 0.035 * L * s, 0.035 * L * s, (25, 22, 20))
    sp.line(
        [P(hx + 0.12 * L, hy - 0.13 * L), P(hx + 0.27 * L, hy - 0.11 * L)],
        (60, 40, 35),
        max(1, 0.012 * L * s),
    )
    if marks:
        for _ in range(6 if coat[0] > 200 and marks[0] < 60 else 2):
            sp.ellipse(
                *P(rng.uniform(-0.4, 0.3) * L, H * rng.uniform(0.7, 0.9)),
                rng.uniform(0.03, 0.12) * L * s,
                rng.uniform(0.03, 0.08) * L * s,
                marks,
            )
        sp.ellipse(*P(-0.05 * L, H * 0.86), 0.3 * L * s, 0.09 * L * s, marks, alpha=200)
    for x0, dx in ((0.3 * L, spread), (-0.36 * L, -spread)):
        sp.line([P(x0, H * 0.65), P(x0 + dx * 0.5, H * 0.3), P(x0 + dx, 0.04)], coat, leg * s)
        sp.ellipse(*P(x0 + dx + 0.03 * L, 0.03), leg * 0.7 * s, leg * 0.4 * s, shade(coat, 0.8))
    ear = shade(marks if marks else coat, 0.7)
    if pointy:
        sp.poly(
            [
                P(hx - 0.08 * L, hy + 0.08 * L),
                P(hx - 0.02 * L, hy + 0.28 * L),
                P(hx + 0.05 * L, hy + 0.09 * L),
            ],
            ear,
        )
    else:
        sp.poly(
            [
                P(hx - 0.06 * L, hy + 0.1 * L),
                P(hx + 0.02 * L, hy + 0.1 * L),
                P(hx - 0.02 * L, hy - 0.14 * L),
                P(hx - 0.1 * L, hy - 0.1 * L),
            ],
            ear,
        )
    sp.ellipse(*P(hx + 0.06 * L, hy + 0.04 * L), 0.022 * L * s, 0.022 * L * s, (20, 18, 16))
    sp.light(1.15, 0.8)
    sp.edge_shade(0.05 * L * s, 0.35)
    sp.texture(rng, 0.08, blur=0.7)
    scene.add(sp, "dog", tag="animals")


CAT_COATS = [(225, 140, 60), (120, 120, 125), (30, 28, 28), (235, 232, 225), (150, 110, 80)]


def cat(scene: Scene, cx: float, by: float, s: float, facing: int = 1) -> None:
    """A cat sitting, seen from the front-side; (cx, by) is the ground under it."""
    rng = scene.rng
    coat = rng.choice(CAT_COATS)
    h = rng.uniform(0.26, 0.34)

    def P(x: float, y: float) -> Point:
        return (cx + facing * x * s, by - y * s)

    scene.shadow(circle_pts(cx, by, 0.2 * s, 0.04 * s), blur=0.03 * s, opacity=0.5)
    sp = Sprite((cx - 0.35 * s, by - (h + 0.22) * s, cx + 0.35 * s, by + 0.04 * s))
    sp.line(
        [P(-0.06, 0.03), P(-0.18, 0.03), P(-0.24, 0.09), P(-0.22, 0.16)],
        shade(coat, 0.85),
        0.045 * s,
    )
    sp.ellipse(*P(0.0, h * 0.38), 0.12 * s, h * 0.4 * s, coat)
    sp.poly([P(-0.09, h * 0.5), P(0.1, h * 0.55), P(0.07, h * 0.95), P(-0.04, h * 0.95)], coat)
    hx, hy = 0.03, h * 0.98
    for ex in (-0.055, 0.06):
        sp.poly(
            [
                P(hx + ex - 0.035, hy + 0.04),
                P(hx + ex + 0.025, hy + 0.045),
                P(hx + ex * 1.1, hy + 0.13),
            ],
            shade(coat, 0.9),
        )
    sp.ellipse(*P(hx, hy), 0.085 * s, 0.075 * s, coat)
    for ex in (-0.03, 0.035):
        sp.ellipse(*P(hx + ex, hy + 0.01), 0.014 * s, 0.012 * s, (170, 190, 60))
        sp.ellipse(*P(hx + ex, hy + 0.01), 0.004 * s, 0.01 * s, (10, 10, 10))
    sp.ellipse(*P(hx + 0.003, hy - 0.025), 0.01 * s, 0.007 * s, (190, 110, 110))
    if coat in ((225, 140, 60), (120, 120, 125), (150, 110, 80)):
        for k in range(5):
            y = h * (0.25 + 0.12 * k)
            sp.line(
                [P(-0.11, y), P(-0.02, y + 0.015), P(0.02, y - 0.01)],
                shade(coat, 0.75),
                0.012 * s,
                alpha=170,
            )
    sp.ellipse(*P(0.03, 0.02), 0.04 * s, 0.02 * s, coat)
    sp.ellipse(*P(-0.05, 0.02), 0.04 * s, 0.02 * s, coat)
    sp.light(1.15, 0.82)
    sp.edge_shade(0.02 * s, 0.3)
    sp.texture(rng, 0.08, blur=0.7)
    scene.add(sp, "cat", tag="animals")


def bench(scene: Scene, cx: float, by: float, s: float) -> None:
    rng = scene.rng
    wood = rng.choice([(140, 95, 55), (110, 75, 45), (60, 95, 70)])
    metal = (45, 45, 48)
    w = 1.8

    def P(x: float, y: float) -> Point:
        return (cx + x * s, by - y * s)

    scene.shadow(
        [P(-w / 2, 0), P(w / 2, 0), P(w / 2 + 0.4, -0.25), P(-w / 2 + 0.4, -0.25)],
        blur=0.08 * s,
        opacity=0.5,
    )
    sp = Sprite((cx - w * 0.6 * s, by - 0.95 * s, cx + w * 0.6 * s, by + 0.05 * s))
    for x in (-w / 2 + 0.15, w / 2 - 0.15):
        sp.line([P(x, 0), P(x, 0.85)], metal, 0.06 * s)
        sp.line([P(x - 0.05, 0), P(x + 0.1, 0.42)], metal, 0.05 * s)
    for k, y in enumerate((0.5, 0.62, 0.74)):
        sp.poly(
            [P(-w / 2, y), P(w / 2, y), P(w / 2, y + 0.09), P(-w / 2, y + 0.09)],
            shade(wood, 1.0 - 0.05 * k),
        )
    for k in range(3):
        y = 0.38 + 0.035 * k
        sp.poly(
            [
                P(-w / 2 - 0.02, y),
                P(w / 2 + 0.02, y),
                P(w / 2 + 0.02, y + 0.035),
                P(-w / 2 - 0.02, y + 0.035),
            ],
            shade(wood, 1.15 - 0.1 * k),
        )
    sp.light(1.1, 0.85)
    sp.texture(rng, 0.1)
    scene.add(sp, "bench")


def park(
    seed: int,
    size: tuple[int, int] = (1024, 768),
    dogs: int = 2,
    cats: int = 1,
    people: int = 3,
    trees: int = 3,
    benches: int = 1,
    pond: bool = False,
    labeled_trees: bool = True,
) -> Rendered:
    """A city park in summer: lawn, a gravel path, trees, people with their dogs."""
    scene = Scene(*size, seed)
    rng = scene.rng
    W2, H2 = scene.W2, scene.H2
    hy = H2 * (rng.uniform(0.3, 0.38) if W2 > H2 else rng.uniform(0.35, 0.42))
    cam = Camera(xv=W2 / 2, hy=hy, f=max(W2, H2) * 0.9, h=1.6)
    haze = sky(scene, hy + 2, "day", clouds=rng.randint(3, 6))
    d = scene.draw()
    # a band of distant trees on the horizon
    band = Image.new("L", scene.canvas.size, 0)
    bd = ImageDraw.Draw(band)
    x = -20.0
    while x < W2 + 20:
        r = rng.uniform(0.02, 0.05) * W2
        bd.ellipse((x - r, hy - r * rng.uniform(0.8, 1.6), x + r, hy + r), fill=255)
        x += r * 0.8
    bd.rectangle((0, hy, W2, hy + 4), fill=255)
    far_green = mix((60, 95, 55), haze, 0.45)
    scene.canvas.paste(
        gradient(
            scene.canvas.size,
            [(0.0, mix(far_green, haze, 0.2)), (hy / H2, far_green), (1.0, far_green)],
        ),
        (0, 0),
        band.filter(ImageFilter.GaussianBlur(2)),
    )
    grass_far, grass_near = (135, 165, 80), (78, 135, 48)
    lawn = gradient(
        (W2, H2), [(0.0, grass_far), (hy / H2, mix(grass_far, haze, 0.3)), (1.0, grass_near)]
    )
    textured(
        scene, [(0, hy), (W2, hy), (W2, H2), (0, H2)], lawn, grain=0.07, cells=24, mottling=0.09
    )
    for _ in range(9000):
        y = hy + (H2 - hy) * (rng.random() ** 0.6)
        x = rng.uniform(0, W2)
        blade = (y - hy) / (H2 - hy) * 14 + 1
        col = shade(mix(grass_far, grass_near, (y - hy) / (H2 - hy)), rng.uniform(0.75, 1.25))
        d.line(
            [(x, y), (x + rng.uniform(-0.4, 0.4) * blade, y - blade)],
            fill=col,
            width=1 if blade < 8 else 2,
        )
    # a winding gravel path
    left, right = [], []
    x0 = rng.uniform(-0.6, 0.6)
    for k in range(60):
        z = 1.5 * 1.07**k
        xc = x0 + (3.5 * math.sin(z / 9 + seed) + (z * 0.1 if seed % 2 else -z * 0.1)) * min(
            1.0, z / 10
        )
        left.append(cam.p(xc - 1.2, 0, z))
        right.append(cam.p(xc + 1.2, 0, z))
    path = left + right[::-1]
    textured(
        scene,
        path,
        gradient(
            (W2, H2), [(0.0, (205, 195, 170)), (hy / H2, (200, 190, 165)), (1.0, (190, 172, 140))]
        ),
        grain=0.12,
        mottling=0.1,
    )
    d.line(left, fill=(110, 120, 70), width=3)
    d.line(right, fill=(110, 120, 70), width=3)
    if pond:
        pz, px = rng.uniform(14, 22), rng.choice([-1, 1]) * rng.uniform(5, 8)
        pts = [
            cam.p(px + 4 * math.cos(a), 0, pz + 2.5 * math.sin(a))
            for a in (2 * math.pi * i / 40 for i in range(40))
        ]
        textured(
            scene,
            pts,
            gradient((W2, H2), [(0.0, (90, 120, 150)), (1.0, (60, 100, 120))]),
            grain=0.05,
            mottling=0.2,
        )
        for _ in range(25):
            wx, wy = cam.p(px + rng.uniform(-3, 3), 0, pz + rng.uniform(-1.8, 1.8))
            d.line([(wx - 10, wy), (wx + 10, wy)], fill=(150, 175, 195), width=2)
        scene.tags.add("water")

    def ground(zmin: float, zmax: float) -> tuple[float, float]:
        z = rng.uniform(zmin, zmax)
        half = (W2 / 2) / cam.f * z * 0.85
        return rng.uniform(-half, half), z

    items: list[tuple[float, str, float]] = []
    for _ in range(trees):
        x, z = ground(9, 30)
        items.append((z, "tree", x))
    for _ in range(benches):
        x, z = ground(6, 14)
        items.append((z, "bench", x))
    for _ in range(dogs):
        x, z = ground(3.5, 12)
        items.append((z, "dog", x))
    for _ in range(cats):
        x, z = ground(3.0, 7)
        items.append((z, "cat", x))
    for _ in range(people):
        x, z = ground(4, 16)
        items.append((z, "person", x))
    placed: list[tuple[float, float, str]] = []
    spaced = []
    for z, kind, x in items:
        for _ in range(30):
            if all(abs(x - px) > 1.6 or abs(z - pz) > 3.0 for pz, px, _ in placed):
                break
            x, z = ground(3.5, 14)
        placed.append((z, x, kind))
        spaced.append((z, kind, x))
    for z, kind, x in sorted(spaced, key=lambda t: -t[0]):
        bx, by = cam.p(x, 0, z)
        s = cam.scale(z)
        hz = 1 - math.exp(-z / 120)
        if kind == "tree":
            tree(scene, bx, by, s, "tree" if labeled_trees else None, haze=hz, haze_color=haze)
        elif kind == "bench":
            bench(scene, bx, by, s)
        elif kind == "dog":
            dog(scene, bx, by, s, facing=rng.choice([-1, 1]), running=rng.random() < 0.5)
        elif kind == "cat":
            cat(scene, bx, by, s, facing=rng.choice([-1, 1]))
        else:
            person(
                scene,
                bx,
                by,
                s,
                view=rng.choice(["front", "side", "back"]),
                facing=rng.choice([-1, 1]),
                haze=hz,
                haze_color=haze,
            )
    return scene.finish(grain=3.0, vignette=0.2, scene="park")


# --------------------------------------------------------------------------- parking lot


def _top_car(rng: random.Random, s: float, van: bool = False) -> Image.Image:
    """A car seen from straight above, nose up, as an RGBA image (s px per metre)."""
    L, Wd = (rng.uniform(5.0, 5.4), 2.0) if van else (rng.uniform(4.1, 4.8), rng.uniform(1.75, 1.9))
    color = (
        rng.choice([(240, 240, 238), (230, 230, 228), (200, 200, 205)])
        if van
        else rng.choice(CAR_COLORS)
    )
    w, h = round(Wd * s + 0.5 * s), round(L * s + 0.4 * s)
    sp = Sprite((0, 0, w - 6, h - 6))
    sp.ox, sp.oy = 0, 0
    x0, y0 = (w - Wd * s) / 2, (h - L * s) / 2
    X = lambda f: x0 + f * Wd * s  # noqa: E731
    Y = lambda f: y0 + f * L * s  # noqa: E731
    sp.d.rounded_rectangle((X(0), Y(0), X(1), Y(1)), radius=0.35 * s, fill=rgba(color))
    glass = (35, 42, 55)
    if van:
        sp.poly(
            [(X(0.1), Y(0.13)), (X(0.9), Y(0.13)), (X(0.94), Y(0.22)), (X(0.06), Y(0.22))], glass
        )
        sp.d.rectangle((X(0.08), Y(0.23), X(0.92), Y(0.98)), fill=rgba(shade(color, 1.03)))
        for k in range(6):
            yy = Y(0.32 + 0.11 * k)
            sp.line([(X(0.12), yy), (X(0.88), yy)], shade(color, 0.85), max(1, 0.04 * s))
    else:
        sp.poly(
            [(X(0.12), Y(0.27)), (X(0.88), Y(0.27)), (X(0.93), Y(0.4)), (X(0.07), Y(0.4))], glass
        )
        sp.d.rounded_rectangle(
            (X(0.08), Y(0.4), X(0.92), Y(0.74)),
            radius=0.2 * s,
            fill=rgba(mix(shade(color, 1.06), (200, 210, 225), 0.15)),
        )
        sp.poly(
            [(X(0.08), Y(0.74)), (X(0.92), Y(0.74)), (X(0.88), Y(0.84)), (X(0.12), Y(0.84))], glass
        )
        for side in (0.05, 0.95):
            sp.line([(X(side), Y(0.42)), (X(side), Y(0.72))], glass, 0.08 * s)
        sp.line([(X(0.3), Y(0.05)), (X(0.32), Y(0.25))], shade(color, 0.85), max(1, 0.03 * s))
        sp.line([(X(0.7), Y(0.05)), (X(0.68), Y(0.25))], shade(color, 0.85), max(1, 0.03 * s))
    for side in (-0.06, 1.06):
        sp.ellipse(X(side), Y(0.3), 0.1 * s, 0.07 * s, shade(color, 0.8))
    for fx in (0.12, 0.88):
        sp.ellipse(X(fx), Y(0.02), 0.18 * s, 0.06 * s, (245, 245, 230))
        sp.ellipse(X(fx), Y(0.985), 0.18 * s, 0.05 * s, (190, 30, 30))
    sp.light(1.1, 0.88, angle=0.6)
    sp.edge_shade(0.25 * s, 0.3)
    return sp.img


def parking(
    seed: int,
    size: tuple[int, int] = (1024, 768),
    fill: float = 0.55,
    people: int = 2,
    vans: float = 0.15,
) -> Rendered:
    """A car park seen from a drone, straight down, slightly rotated."""
    scene = Scene(*size, seed)
    rng = scene.rng
    W2, H2 = scene.W2, scene.H2
    angle = rng.uniform(-12, 12)
    pad = round(max(W2, H2) * 0.2)
    big = Scene(W2 // SS + pad, H2 // SS + pad, seed + 1)
    big.rng = rng
    BW, BH = big.W2, big.H2
    s = min(W2, H2) / rng.uniform(19, 23)
    textured(
        big,
        [(0, 0), (BW, 0), (BW, BH), (0, BH)],
        (96, 97, 100),
        grain=0.045,
        cells=50,
        mottling=0.16,
    )
    d = big.draw()
    for _ in range(40):
        x, y = rng.uniform(0, BW), rng.uniform(0, BH)
        big.shadow(
            circle_pts(x, y, rng.uniform(0.3, 0.9) * s, rng.uniform(0.2, 0.5) * s),
            s * 0.2,
            rng.uniform(0.15, 0.35),
            tint=(60, 60, 60),
        )
    for _ in range(12):
        x, y = rng.uniform(0, BW), rng.uniform(0, BH)
        pts = [(x, y)]
        for _ in range(20):
            x += rng.uniform(-1, 1) * s * 0.4
            y += rng.uniform(-1, 1) * s * 0.4
            pts.append((x, y))
        d.line(pts, fill=(70, 70, 72), width=2)
    paint = (228, 228, 220)
    stall_w, stall_d, aisle = 2.6 * s, 5.2 * s, 6.5 * s
    y = rng.uniform(-0.5, 0.5) * stall_d
    rows = []
    while y < BH:
        rows.append(y)
        y += stall_d * 2 + aisle
    x_off = rng.uniform(0, stall_w)
    spots: list[tuple[float, float, int]] = []
    for y0 in rows:
        for k in range(2):  # back-to-back rows
            top = y0 + k * stall_d
            d.line(
                [(0, y0 + stall_d), (BW, y0 + stall_d)], fill=paint, width=max(2, round(0.12 * s))
            )
            x = x_off - stall_w
            while x < BW:
                d.line([(x, top), (x, top + stall_d)], fill=paint, width=max(2, round(0.12 * s)))
                spots.append((x + stall_w / 2, top + stall_d / 2, 1 if k else -1))
                x += stall_w
        ay = y0 + 2 * stall_d + aisle / 2
        x = rng.uniform(0, 6 * s)
        while x < BW:
            d.polygon(
                [
                    (x, ay - 0.25 * s),
                    (x + 1.6 * s, ay - 0.25 * s),
                    (x + 1.6 * s, ay - 0.6 * s),
                    (x + 2.4 * s, ay),
                    (x + 1.6 * s, ay + 0.6 * s),
                    (x + 1.6 * s, ay + 0.25 * s),
                    (x, ay + 0.25 * s),
                ],
                fill=shade(paint, 0.9),
            )
            x += 14 * s
    if rng.random() < 0.6:  # a strip of grass with trees along one aisle
        gy = rows[min(1, len(rows) - 1)] + 2 * stall_d + aisle * 0.3
        textured(
            big,
            [(0, gy), (BW, gy), (BW, gy + aisle * 0.4), (0, gy + aisle * 0.4)],
            (95, 140, 60),
            grain=0.15,
            mottling=0.2,
        )
        d.rectangle((0, gy - 4, BW, gy), fill=(170, 170, 165))
        d.rectangle((0, gy + aisle * 0.4, BW, gy + aisle * 0.4 + 4), fill=(170, 170, 165))
        spots = [sp for sp in spots if abs(sp[1] - gy - aisle * 0.2) > aisle * 0.5]
        tx = rng.uniform(0, 8 * s)
        while tx < BW:
            r = rng.uniform(1.8, 2.6) * s
            ty = gy + aisle * 0.2
            big.shadow(circle_pts(tx + r * 0.5, ty + r * 0.6, r, r), r * 0.3, 0.5)
            t = Sprite((tx - r, ty - r, tx + r, ty + r))
            green = rng.choice([(70, 115, 50), (85, 125, 55), (60, 100, 45)])
            for _ in range(60):
                a, dd = rng.uniform(0, 2 * math.pi), r * 0.75 * math.sqrt(rng.random())
                rr = rng.uniform(0.2, 0.35) * r
                t.ellipse(
                    tx + math.cos(a) * dd,
                    ty + math.sin(a) * dd,
                    rr,
                    rr,
                    shade(green, rng.uniform(0.85, 1.15)),
                )
            t.img = t.img.filter(ImageFilter.GaussianBlur(1.5))
            t.radial(tx - r * 0.4, ty - r * 0.4, r * 2.6, 1.3, 0.55)
            t.texture(rng, 0.2)
            big.add(t, None, tag="trees")
            tx += rng.uniform(7, 11) * s
    for x, y, facing in spots:
        if rng.random() > fill:
            continue
        van = rng.random() < vans
        img = _top_car(rng, s, van)
        nose_up = rng.random() < 0.5 if facing else True
        rot = (0 if nose_up else 180) + rng.uniform(-4, 4)
        img = img.rotate(rot, resample=Image.Resampling.BICUBIC, expand=True)
        sh = Image.new("L", img.size, 0)
        sh.paste(img.getchannel("A"), (0, 0))
        off = (round(0.35 * s), round(0.45 * s))
        ox, oy = round(x - img.width / 2), round(y - img.height / 2)
        big.shadow(
            [
                (ox + off[0] + 0.2 * img.width, oy + off[1] + 0.1 * img.height),
                (ox + off[0] + 0.8 * img.width, oy + off[1] + 0.1 * img.height),
                (ox + off[0] + 0.8 * img.width, oy + off[1] + 0.9 * img.height),
                (ox + off[0] + 0.2 * img.width, oy + off[1] + 0.9 * img.height),
            ],
            s * 0.25,
            0.55,
        )
        sprite = Sprite((0, 0, 1, 1))
        sprite.img, sprite.ox, sprite.oy = img, ox, oy
        big.add(sprite, "van" if van else "car", tag="vehicles")
    for _ in range(people):
        x, y = rng.uniform(0.2, 0.8) * BW, rows[0] + 2 * stall_d + rng.uniform(0.2, 0.8) * aisle
        big.shadow(circle_pts(x + 0.5 * s, y + 0.6 * s, 0.3 * s, 0.5 * s, 12, 0.6), s * 0.1, 0.5)
        p = Sprite((x - 0.4 * s, y - 0.4 * s, x + 0.4 * s, y + 0.4 * s))
        heading = rng.uniform(0, 2 * math.pi)
        p.poly(
            rotate_pts(circle_pts(x, y, 0.3 * s, 0.17 * s, 16), x, y, heading), rng.choice(CLOTHES)
        )
        p.ellipse(x, y, 0.13 * s, 0.13 * s, rng.choice(HAIR))
        p.radial(x - 0.1 * s, y - 0.1 * s, 0.8 * s, 1.2, 0.7)
        big.add(p, "person", tag="people")
    # rotate the whole lot about its centre and crop the view
    canvas = big.canvas.rotate(angle, resample=Image.Resampling.BICUBIC)
    ids = big.ids.rotate(angle, resample=Image.Resampling.NEAREST)
    box = ((BW - W2) // 2, (BH - H2) // 2, (BW - W2) // 2 + W2, (BH - H2) // 2 + H2)
    scene.canvas = canvas.crop(box)
    scene.ids = ids.crop(box)
    scene.labels = big.labels
    scene.tags = big.tags
    return scene.finish(grain=3.0, vignette=0.12, scene="parking lot")


# --------------------------------------------------------------------------- beach, countryside


def beach(
    seed: int,
    size: tuple[int, int] = (1024, 768),
    people: int = 5,
    umbrellas: int = 3,
    boat: bool = True,
) -> Rendered:
    """A sandy beach on a summer day: sea, surf, umbrellas, bathers, a sailing boat."""
    scene = Scene(*size, seed)
    rng = scene.rng
    W2, H2 = scene.W2, scene.H2
    hy = H2 * rng.uniform(0.36, 0.44)
    cam = Camera(xv=W2 / 2, hy=hy, f=max(W2, H2) * 0.85, h=1.6)
    sky(scene, hy + 2, "day", clouds=rng.randint(1, 4))
    d = scene.draw()
    shore = hy + (H2 - hy) * rng.uniform(0.22, 0.35)
    sea = gradient(
        (W2, H2),
        [
            (0.0, (40, 90, 140)),
            (hy / H2, (60, 120, 165)),
            (shore / H2, (50, 150, 170)),
            (1.0, (50, 150, 170)),
        ],
    )
    textured(scene, [(0, hy), (W2, hy), (W2, shore), (0, shore)], sea, grain=0.05, mottling=0.1)
    for _ in range(500):
        y = hy + (shore - hy) * rng.random() ** 1.5
        x = rng.uniform(0, W2)
        ln = 4 + 40 * (y - hy) / (shore - hy)
        d.line([(x, y), (x + ln, y)], fill=(190, 220, 230), width=1 if y < (hy + shore) / 2 else 2)
    sand = gradient(
        (W2, H2), [(0.0, (200, 180, 140)), (shore / H2, (190, 170, 130)), (1.0, (225, 205, 160))]
    )
    wave = [(x, shore + 8 * math.sin(x / 70 + seed)) for x in range(0, W2 + 40, 40)]
    textured(scene, [*wave, (W2, H2), (0, H2)], sand, grain=0.1, mottling=0.12)
    wet = [(x, y + 28 + 6 * math.sin(x / 50)) for x, y in wave]
    scene.shadow([*wave, *wet[::-1]], blur=8, opacity=0.35, tint=(120, 110, 100))
    d.line(wave, fill=(245, 250, 250), width=7)
    d.line([(x, y - 6) for x, y in wave], fill=(210, 235, 240), width=3)
    scene.tags.add("water")
    if boat:
        bx, by = rng.uniform(0.15, 0.85) * W2, hy + (shore - hy) * 0.2
        s = cam.scale(cam.depth_at(by))
        sp = Sprite((bx - 6 * s, by - 9 * s, bx + 6 * s, by + 1.5 * s))
        sp.poly(
            [
                (bx - 4 * s, by - 0.8 * s),
                (bx + 4.5 * s, by - 0.8 * s),
                (bx + 3.2 * s, by + 0.5 * s),
                (bx - 3.5 * s, by + 0.5 * s),
            ],
            (240, 240, 235),
        )
        sp.line([(bx, by - 0.8 * s), (bx, by - 8.5 * s)], (90, 80, 70), 0.15 * s)
        sp.poly(
            [
                (bx + 0.1 * s, by - 8.3 * s),
                (bx + 3.8 * s, by - 1.2 * s),
                (bx + 0.1 * s, by - 1.2 * s),
            ],
            (250, 250, 245),
        )
        sp.poly(
            [
                (bx - 0.1 * s, by - 7.5 * s),
                (bx - 0.1 * s, by - 1.2 * s),
                (bx - 2.6 * s, by - 1.2 * s),
            ],
            (235, 235, 230),
        )
        sp.light(1.05, 0.85)
        scene.add(sp, None, haze=0.25, haze_color=(190, 210, 225), tag="vehicles")
    for _ in range(6):
        x, y = rng.uniform(0, W2), rng.uniform(0.1, 0.6) * hy
        w = rng.uniform(8, 16)
        d.line([(x - w, y - w * 0.3), (x, y), (x + w, y - w * 0.3)], fill=(60, 60, 65), width=3)
    items = []
    for _ in range(umbrellas):
        items.append((rng.uniform(5, 16), "umbrella", rng.uniform(-5, 5)))
    for _ in range(people):
        items.append((rng.uniform(3.5, 9), "person", rng.uniform(-3, 3)))
    for z, kind, x in sorted(items, key=lambda t: -t[0]):
        bx, by = cam.p(x, 0, z)
        if by < shore + 20:
            by = shore + 20 + (by - shore) * 0.2
        s = cam.scale(z)
        if kind == "umbrella":
            towel = rng.choice(CLOTHES)
            scene.shadow(
                [
                    (bx - 1.2 * s, by + 0.2 * s),
                    (bx + 0.9 * s, by + 0.2 * s),
                    (bx + 1.1 * s, by + 0.6 * s),
                    (bx - 1.0 * s, by + 0.6 * s),
                ],
                2,
                0.9,
                tint=towel,
            )
            scene.shadow(circle_pts(bx + 0.6 * s, by + 0.15 * s, 1.1 * s, 0.3 * s), s * 0.1, 0.45)
            sp = Sprite((bx - 1.3 * s, by - 2.5 * s, bx + 1.3 * s, by + 0.1 * s))
            sp.line([(bx, by), (bx, by - 2.2 * s)], (235, 235, 230), 0.05 * s)
            a, b = rng.choice(CLOTHES), (245, 245, 240)
            for k in range(8):
                x0 = bx - 1.2 * s + k * 0.3 * s
                sp.poly(
                    [(bx, by - 2.45 * s), (x0, by - 1.75 * s), (x0 + 0.3 * s, by - 1.75 * s)],
                    a if k % 2 else b,
                )
            sp.light(1.15, 0.8)
            scene.add(sp, None, tag="umbrellas")
        else:
            person(
                scene,
                bx,
                by,
                s,
                view=rng.choice(["front", "back", "side"]),
                facing=rng.choice([-1, 1]),
            )
    return scene.finish(grain=3.0, vignette=0.2, scene="beach")


def countryside(
    seed: int, size: tuple[int, int] = (1024, 768), sheep: int = 6, barn: bool = True
) -> Rendered:
    """Farmland under the mountains: rolling fields, a barn, a fence, grazing sheep."""
    scene = Scene(*size, seed)
    rng = scene.rng
    W2, H2 = scene.W2, scene.H2
    hy = H2 * rng.uniform(0.38, 0.46)
    haze = sky(scene, hy + 2, rng.choice(["day", "day", "dusk"]), clouds=rng.randint(2, 5))
    d = scene.draw()
    for layer in range(3):  # mountain ridges, far to near
        base = hy - H2 * (0.18 - 0.05 * layer)
        pts = [(0.0, base)]
        x = 0.0
        y = base
        while x < W2:
            x += rng.uniform(20, 60)
            y = min(hy, max(hy - H2 * 0.3, y + rng.uniform(-40, 40)))
            pts.append((x, y))
        col = mix((70, 90, 120), haze, 0.6 - 0.18 * layer)
        d.polygon([*pts, (W2, hy + 4), (0, hy + 4)], fill=col)
    fields = [(150, 170, 80), (190, 170, 90), (110, 150, 60), (200, 190, 120), (90, 130, 55)]
    y = hy
    k = 0
    while y < H2:
        h = (H2 - hy) * (0.05 + 0.12 * ((y - hy) / (H2 - hy)))
        a0, a1 = rng.uniform(-20, 20), rng.uniform(-20, 20)
        pts = [(x, y + a0 * math.sin(x / W2 * math.pi * 2 + k)) for x in range(0, W2 + 64, 64)]
        pts2 = [
            (x, y + h + a1 * math.sin(x / W2 * math.pi * 2 + k + 1))
            for x in range(W2 + 63, -64, -64)
        ]
        col = mix(rng.choice(fields), haze, 0.35 * (1 - (y - hy) / (H2 - hy)))
        textured(scene, pts + pts2 + [(0, H2)] * 0, col, grain=0.06, cells=20, mottling=0.12)
        for j in range(12):
            yy = y + h * j / 12
            d.line([(0, yy), (W2, yy + rng.uniform(-6, 6))], fill=shade(col, 0.93), width=1)
        y += h * 0.92
        k += 1
    cam = Camera(xv=W2 / 2, hy=hy, f=max(W2, H2) * 0.9, h=1.7)
    if barn:
        z, x = rng.uniform(30, 60), rng.uniform(-12, 12)
        bx, by = cam.p(x, 0, z)
        s = cam.scale(z)
        sp = Sprite((bx - 7 * s, by - 9 * s, bx + 7 * s, by + 0.2 * s))
        red = rng.choice([(150, 40, 35), (120, 50, 40), (180, 60, 40)])
        sp.poly(
            [
                (bx - 5 * s, by),
                (bx + 5 * s, by),
                (bx + 5 * s, by - 5 * s),
                (bx, by - 8 * s),
                (bx - 5 * s, by - 5 * s),
            ],
            red,
        )
        sp.poly(
            [
                (bx - 5.6 * s, by - 4.8 * s),
                (bx, by - 8.6 * s),
                (bx + 5.6 * s, by - 4.8 * s),
                (bx, by - 8.0 * s),
            ],
            (60, 55, 55),
        )
        sp.poly(
            [
                (bx - 1.6 * s, by),
                (bx + 1.6 * s, by),
                (bx + 1.6 * s, by - 3.6 * s),
                (bx - 1.6 * s, by - 3.6 * s),
            ],
            (235, 230, 220),
        )
        sp.poly(
            [
                (bx - 1.4 * s, by),
                (bx + 1.4 * s, by),
                (bx + 1.4 * s, by - 3.4 * s),
                (bx - 1.4 * s, by - 3.4 * s),
            ],
            shade(red, 0.8),
        )
        sp.line([(bx - 1.4 * s, by), (bx + 1.4 * s, by - 3.4 * s)], (235, 230, 220), 0.25 * s)
        sp.line([(bx + 1.4 * s, by), (bx - 1.4 * s, by - 3.4 * s)], (235, 230, 220), 0.25 * s)
        sp.light(1.1, 0.85)
        scene.add(sp, None, haze=0.2, haze_color=haze, tag="buildings")
    fz = rng.uniform(6, 9)
    posts = [cam.p(x, 0, fz + x * 0.15) for x in range(-20, 21, 2)]
    for (x0, y0), (x1, y1) in itertools.pairwise(posts):
        s = cam.scale(fz)
        d.line(
            [(x0, y0 - 0.7 * s), (x1, y1 - 0.7 * s)],
            fill=(120, 95, 70),
            width=max(2, round(s * 0.06)),
        )
        d.line(
            [(x0, y0 - 0.35 * s), (x1, y1 - 0.35 * s)],
            fill=(120, 95, 70),
            width=max(2, round(s * 0.06)),
        )
    for x, y in posts:
        s = cam.scale(fz)
        d.line([(x, y), (x, y - 1.0 * s)], fill=(100, 78, 55), width=max(3, round(s * 0.1)))
    items = [(rng.uniform(12, 40), "sheep", rng.uniform(-15, 15)) for _ in range(sheep)]
    items += [(rng.uniform(15, 50), "tree", rng.uniform(-25, 25)) for _ in range(rng.randint(2, 5))]
    for z, kind, x in sorted(items, key=lambda t: -t[0]):
        bx, by = cam.p(x, 0, z)
        s = cam.scale(z)
        if kind == "tree":
            tree(scene, bx, by, s, None, haze=1 - math.exp(-z / 120), haze_color=haze)
            continue
        scene.shadow(circle_pts(bx, by, 0.6 * s, 0.1 * s), s * 0.05, 0.5)
        sp = Sprite((bx - 1.0 * s, by - 1.2 * s, bx + 1.0 * s, by + 0.05 * s))
        facing = rng.choice([-1, 1])
        for lx in (-0.35, -0.2, 0.25, 0.4):
            sp.line(
                [(bx + facing * lx * s, by - 0.4 * s), (bx + facing * lx * s, by)],
                (40, 35, 35),
                0.07 * s,
            )
        for _ in range(18):
            sp.ellipse(
                bx + rng.uniform(-0.45, 0.45) * s,
                by - rng.uniform(0.45, 0.8) * s,
                0.2 * s,
                0.18 * s,
                vary(rng, (235, 230, 215), 8),
            )
        hx = bx + facing * 0.62 * s
        sp.ellipse(hx, by - 0.72 * s, 0.16 * s, 0.12 * s, (45, 40, 38))
        sp.ellipse(hx - facing * 0.1 * s, by - 0.8 * s, 0.08 * s, 0.04 * s, (45, 40, 38))
        sp.radial(bx - 0.3 * s, by - 0.9 * s, 2.0 * s, 1.15, 0.7)
        scene.add(sp, None, haze=1 - math.exp(-z / 150), haze_color=haze, tag="animals")
    scene.tags.add("trees")
    return scene.finish(grain=3.0, vignette=0.2, scene="countryside")
