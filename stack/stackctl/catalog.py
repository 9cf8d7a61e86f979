"""The demo catalog: about 40 realistic products, plus generated bulk products."""

from __future__ import annotations

import itertools
import re
from typing import Any

from demo_copy import STORIES

SIZES = ["S", "M", "L", "XL"]

# title, subtitle, options, base EUR price, material, features
DEMO: list[tuple[str, str, dict[str, list[str]], int, str, list[str]]] = [
    (
        "Classic Crew T-Shirt",
        "Everyday organic cotton tee",
        {"Size": SIZES, "Color": ["Black", "White"]},
        25,
        "organic cotton",
        ["Pre-shrunk jersey", "Reinforced neckline", "Fair-trade certified"],
    ),
    (
        "Heavyweight Hoodie",
        "Brushed fleece, oversized fit",
        {"Size": SIZES, "Color": ["Grey", "Navy"]},
        69,
        "cotton fleece",
        ["400 gsm brushed fleece", "Double-lined hood", "Kangaroo pocket"],
    ),
    (
        "Merino Beanie",
        "Soft, warm, itch-free",
        {"Color": ["Charcoal", "Mustard", "Forest"]},
        29,
        "merino wool",
        ["Fine-gauge rib knit", "Temperature regulating", "One size fits most"],
    ),
    (
        "Canvas Tote Bag",
        "Carries a week of groceries",
        {"Color": ["Natural", "Black"]},
        19,
        "recycled canvas",
        ["Inner zip pocket", "Long shoulder straps", "Machine washable"],
    ),
    (
        "Stoneware Coffee Mug",
        "Hand-glazed, 350 ml",
        {"Glaze": ["Speckled White", "Ocean Blue"]},
        22,
        "stoneware",
        ["Dishwasher safe", "Microwave safe", "Each glaze is unique"],
    ),
    (
        "Pour-Over Coffee Dripper",
        "Ceramic cone for bright cups",
        {"Color": ["White", "Matte Black"]},
        34,
        "porcelain",
        ["Fits most mugs", "Spiral ribs for even flow", "Uses #2 filters"],
    ),
    (
        "Single-Origin Coffee Beans",
        "Ethiopia Yirgacheffe, light roast",
        {"Weight": ["250 g", "1 kg"], "Grind": ["Whole Bean", "Filter"]},
        14,
        "arabica",
        ["Notes of jasmine and bergamot", "Roasted weekly", "Direct trade"],
    ),
    (
        "Chef's Knife 20 cm",
        "Forged Damascus steel",
        {"Handle": ["Walnut", "Olive"]},
        129,
        "VG-10 steel",
        ["67-layer Damascus", "Full tang", "Hand-sharpened to 15°"],
    ),
    (
        "End-Grain Cutting Board",
        "Gentle on every blade",
        {"Size": ["Medium", "Large"]},
        79,
        "acacia wood",
        ["Juice groove", "Non-slip feet", "Oiled by hand"],
    ),
    (
        "Linen Apron",
        "Stonewashed, adjustable",
        {"Color": ["Sand", "Rust", "Slate"]},
        39,
        "European linen",
        ["Cross-back straps", "Two deep pockets", "Softens with every wash"],
    ),
    (
        "Waxed Canvas Backpack",
        "Weatherproof daily carry",
        {"Color": ["Olive", "Tan"]},
        149,
        "waxed canvas",
        ['Padded 15" laptop sleeve', "Leather trim", "Brass hardware"],
    ),
    (
        "Leather Card Wallet",
        "Slim, six cards",
        {"Color": ["Cognac", "Black"]},
        45,
        "vegetable-tanned leather",
        ["Hand-stitched", "Ages beautifully", "Fits front pockets"],
    ),
    (
        "Running Socks 3-Pack",
        "Cushioned, blister-free",
        {"Size": ["36-39", "40-43", "44-47"]},
        18,
        "merino blend",
        ["Arch support", "Seamless toe", "Moisture wicking"],
    ),
    (
        "Trail Running Shoe",
        "Grippy, light, stable",
        {"Size": ["40", "41", "42", "43", "44"], "Color": ["Blue", "Orange"]},
        139,
        "engineered mesh",
        ["5 mm lugs", "Rock plate", "8 mm drop"],
    ),
    (
        "Yoga Mat",
        "Natural rubber, 4 mm",
        {"Color": ["Sage", "Plum"]},
        59,
        "natural rubber",
        ["Open-cell grip", "Alignment lines", "Carry strap included"],
    ),
    (
        "Insulated Water Bottle",
        "Cold 24 h, hot 12 h",
        {"Size": ["500 ml", "750 ml"], "Color": ["Steel", "Black"]},
        32,
        "stainless steel",
        ["Double-wall vacuum", "Leak-proof lid", "BPA free"],
    ),
    (
        "Desk Lamp",
        "Dimmable warm LED",
        {"Finish": ["Brass", "Matte White"]},
        89,
        "aluminium",
        ["3 colour temperatures", "USB-C charging port", "Touch dimmer"],
    ),
    (
        "Wool Throw Blanket",
        "Herringbone weave",
        {"Color": ["Oat", "Charcoal"]},
        99,
        "lambswool",
        ["130 × 180 cm", "Fringed edges", "Woven in Wales"],
    ),
    (
        "Scented Soy Candle",
        "Fig & cedar, 40 h burn",
        {"Size": ["Small", "Large"]},
        26,
        "soy wax",
        ["Cotton wick", "Reusable glass jar", "Phthalate-free fragrance"],
    ),
    (
        "Ceramic Plant Pot",
        "With drainage saucer",
        {"Size": ["12 cm", "18 cm"], "Color": ["Terracotta", "Chalk"]},
        24,
        "ceramic",
        ["Drainage hole", "Matching saucer", "Frost resistant"],
    ),
    (
        "Hardcover Notebook",
        "A5, dotted, 192 pages",
        {"Color": ["Black", "Sage", "Coral"]},
        17,
        "FSC paper",
        ["120 gsm paper", "Lay-flat binding", "Two ribbon markers"],
    ),
    (
        "Fountain Pen",
        "Smooth steel nib",
        {"Nib": ["Fine", "Medium"], "Color": ["Black", "Teal"]},
        49,
        "resin",
        ["Converter included", "Screw cap", "Lifetime warranty"],
    ),
    (
        "Wireless Earbuds",
        "Noise cancelling, 30 h",
        {"Color": ["Black", "Sand"]},
        119,
        "recycled plastics",
        ["Active noise cancelling", "Wireless charging case", "IPX4"],
    ),
    (
        "Bluetooth Speaker",
        "Room-filling sound",
        {"Color": ["Stone", "Moss"]},
        99,
        "fabric and aluminium",
        ["12 h battery", "Stereo pairing", "Splash proof"],
    ),
    (
        "Phone Case",
        "Drop-tested, plastic-free",
        {"Model": ["Phone 15", "Phone 16"], "Color": ["Black", "Lavender"]},
        29,
        "plant-based bioplastic",
        ["2 m drop protection", "Raised camera lip", "Compostable"],
    ),
    (
        "Cotton Bath Towel",
        "Thick, quick-drying",
        {"Size": ["Hand", "Bath"], "Color": ["White", "Moss"]},
        27,
        "Turkish cotton",
        ["600 gsm", "Hanging loop", "OEKO-TEX certified"],
    ),
    (
        "Linen Bedding Set",
        "Duvet cover + 2 pillowcases",
        {"Size": ["Single", "Double", "King"], "Color": ["White", "Clay"]},
        189,
        "French linen",
        ["Stonewashed", "Coconut buttons", "Breathable all year"],
    ),
    (
        "Cast Iron Skillet",
        "Pre-seasoned, 26 cm",
        {"Size": ["20 cm", "26 cm"]},
        59,
        "cast iron",
        ["Oven safe", "Works on induction", "Lasts generations"],
    ),
    (
        "Loose Leaf Green Tea",
        "Sencha, first flush",
        {"Weight": ["50 g", "100 g"]},
        12,
        "green tea",
        ["Grassy and sweet", "Brew at 70 °C", "Resealable pouch"],
    ),
    (
        "Dark Chocolate Bar",
        "72% cacao, single origin",
        {"Flavor": ["Plain", "Sea Salt", "Orange"]},
        6,
        "cacao",
        ["Bean-to-bar", "Vegan", "Compostable wrapper"],
    ),
    (
        "Rain Jacket",
        "Packable, seam-sealed",
        {"Size": SIZES, "Color": ["Yellow", "Navy"]},
        159,
        "recycled nylon",
        ["10k waterproof rating", "Pit zips", "Packs into its pocket"],
    ),
    (
        "Denim Jeans",
        "Straight fit, selvedge",
        {"Waist": ["30", "32", "34", "36"], "Length": ["30", "32", "34"]},
        119,
        "selvedge denim",
        ["14 oz denim", "Copper rivets", "Made in Portugal"],
    ),
    (
        "Wool Scarf",
        "Lightweight and long",
        {"Color": ["Camel", "Grey"]},
        55,
        "merino wool",
        ["200 × 35 cm", "Fringed ends", "Naturally odour resistant"],
    ),
    (
        "Sunglasses",
        "Polarised, acetate frame",
        {"Frame": ["Tortoise", "Black"]},
        89,
        "acetate",
        ["UV400 protection", "Polarised lenses", "Hard case included"],
    ),
    (
        "Bamboo Toothbrush 4-Pack",
        "Soft bristles",
        {"Color": ["Natural"]},
        9,
        "bamboo",
        ["Plant-based bristles", "Compostable handle", "Plastic-free box"],
    ),
    (
        "Natural Shampoo Bar",
        "Lasts 80 washes",
        {"Scent": ["Lavender", "Citrus"]},
        11,
        "plant oils",
        ["Palm-oil free", "Zero waste", "Suitable for colour-treated hair"],
    ),
    (
        "Kids' Wooden Blocks",
        "50 pieces in a bag",
        {"Finish": ["Natural", "Colourful"]},
        35,
        "beech wood",
        ["Non-toxic paint", "Smooth edges", "For ages 1+"],
    ),
    (
        "Dog Leash",
        "Climbing-rope strength",
        {"Length": ["1.2 m", "1.8 m"], "Color": ["Red", "Black"]},
        29,
        "climbing rope",
        ["Brass clip", "Padded handle", "Reflective thread"],
    ),
    (
        "Bicycle Bell",
        "Loud, crisp ring",
        {"Finish": ["Brass", "Silver"]},
        15,
        "brass",
        ["Fits 22–26 mm bars", "Tool-free mounting", "Rust proof"],
    ),
    (
        "Picnic Blanket",
        "Waterproof backing",
        {"Pattern": ["Check", "Stripe"]},
        49,
        "recycled polyester",
        ["150 × 200 cm", "Folds with a strap", "Machine washable"],
    ),
]


# Demo products whose first variant has no USD price: the quality list's price rule fails there.
UNPRICED = {"Waxed Canvas Backpack", "Dark Chocolate Bar"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _description(title: str, subtitle: str, material: str, features: list[str]) -> str:
    bullets = "\n".join(f"- {item}" for item in features)
    story = f"{STORIES[title]}\n\n" if title in STORIES else ""
    return (
        f"## {title}\n\n"
        f"{subtitle}. Made from **{material}** and designed to be used *every day* for years.\n\n"
        f"{story}"
        f"### Features\n\n{bullets}\n\n"
        f"### Care\n\n1. Follow the label instructions\n2. Store in a dry place\n\n"
        f"> Questions? Read our [care guide](https://example.com/care) first."
    )


def _variants(prefix: str, options: dict[str, list[str]], eur: int) -> list[dict[str, Any]]:
    names = list(options)
    rows = []
    for combo in itertools.product(*(options[n] for n in names)):
        values = dict(zip(names, combo, strict=True))
        sku = "-".join([prefix, *(slug(v).upper() for v in combo)])
        rows.append(
            {
                "title": " / ".join(combo),
                "sku": sku,
                "options": values,
                "manage_inventory": False,
                "prices": [
                    {"currency_code": "eur", "amount": eur},
                    {"currency_code": "usd", "amount": round(eur * 1.1, 2)},
                ],
            }
        )
    return rows


def demo_products() -> list[dict[str, Any]]:
    products = []
    for index, (title, subtitle, options, eur, material, features) in enumerate(DEMO):
        handle = f"demo-{slug(title)}"
        prefix = "".join(word[0] for word in slug(title).split("-")).upper() + f"{index:02d}"
        variants = _variants(prefix, options, eur)
        if title in UNPRICED:
            variants[0]["prices"] = variants[0]["prices"][:1]
        products.append(
            {
                "title": title,
                "subtitle": subtitle,
                "handle": handle,
                "status": "published" if index % 7 else "draft",
                "description": _description(title, subtitle, material, features),
                "material": material,
                "options": [{"title": name, "values": values} for name, values in options.items()],
                "variants": variants,
                "metadata": {"seed": "demo"},
            }
        )
    return products


def bulk_product(number: int) -> dict[str, Any]:
    title = f"Bulk Product {number:05d}"
    return {
        "title": title,
        "handle": f"bulk-{number:05d}",
        "status": "published",
        "description": f"Generated product number **{number}** for load testing.",
        "options": [{"title": "Size", "values": ["S", "M"]}],
        "variants": _variants(f"BULK{number:05d}", {"Size": ["S", "M"]}, 10 + number % 90),
        "metadata": {"seed": "bulk"},
    }
