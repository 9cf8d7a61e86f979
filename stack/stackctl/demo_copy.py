"""Hand-written copy for the demo catalog: the paragraph about two thirds of the products
have (the rest keep the short description, as in a shop mid-way through its content work)."""

from __future__ import annotations

# title -> a paragraph placed after the subtitle line of the description
STORIES: dict[str, str] = {
    "Classic Crew T-Shirt": (
        "Cut a little longer so it stays tucked, with side seams that never twist after "
        "washing. Wear it alone in summer or under a shirt."
    ),
    "Heavyweight Hoodie": (
        "The dropped shoulders and roomy sleeves leave space for a layer underneath, while "
        "ribbed cuffs keep the warmth in on cold mornings."
    ),
    "Canvas Tote Bag": (
        "Woven from bottles and offcuts, the canvas is stiff enough to stand on a counter "
        "yet folds flat into a jacket pocket."
    ),
    "Stoneware Coffee Mug": (
        "Thrown on the wheel in a small Portuguese studio, each mug has a thick base that keeps "
        "coffee hot and a handle wide enough for three fingers."
    ),
    "Single-Origin Coffee Beans": (
        "Grown at 2,000 metres by the Konga cooperative and washed within hours of picking, "
        "these beans shine in a pour-over."
    ),
    "Chef's Knife 20 cm": (
        "The blade is long enough for a cabbage yet light in the hand, and its curved belly "
        "rocks smoothly through herbs. Wash it by hand."
    ),
    "Linen Apron": (
        "Crossed straps take the weight off your neck during long days at the stove, and the "
        "stonewashed linen is soft from the first wear, not after months."
    ),
    "Waxed Canvas Backpack": (
        "Rain beads off the waxed cotton, and a fresh coat of wax every year keeps it that "
        "way. The main pocket swallows a weekend's clothes."
    ),
    "Running Socks 3-Pack": (
        "Targeted cushioning sits under the heel and the ball of the foot, where long runs "
        "hurt most, while thinner mesh over the toes lets heat out on warm days."
    ),
    "Trail Running Shoe": (
        "Deep lugs bite into mud and loose gravel, and a flexible rock plate shields your feet "
        "on stony descents without making the shoe feel stiff."
    ),
    "Insulated Water Bottle": (
        "The wide mouth takes ice cubes and a bottle brush, and the powder coat grips in a "
        "sweaty hand. It fits most bike cages."
    ),
    "Desk Lamp": (
        "A weighted base and a two-joint arm put the light exactly where you read or sketch, "
        "and the diffuser keeps glare off your screen during late evenings."
    ),
    "Scented Soy Candle": (
        "Hand-poured in small batches, the candle opens with ripe fig and settles into warm "
        "cedar. Trim the wick before lighting for a clean, even burn."
    ),
    "Ceramic Plant Pot": (
        "A generous drainage hole and a matching saucer keep roots healthy, and the unglazed "
        "rim lets the clay breathe. Ideal for herbs, succulents and small ferns."
    ),
    "Fountain Pen": (
        "The balanced resin barrel sits comfortably for pages of writing, and the converter "
        "lets you fill it from any bottled ink you like, not only cartridges."
    ),
    "Wireless Earbuds": (
        "Three sizes of silicone tips seal out the noise of trains and open offices, and a "
        "quick ten-minute charge gives two more hours of listening."
    ),
    "Phone Case": (
        "A slim shell of plant-based bioplastic absorbs knocks at the corners and keeps the "
        "screen off the table, then composts at home when you change phones."
    ),
    "Cotton Bath Towel": (
        "Long Aegean cotton fibres make a towel that is plush but dries overnight on a hook, "
        "so it never smells damp in a small bathroom."
    ),
    "Cast Iron Skillet": (
        "Seasoned with flaxseed oil and ready to use, it sears steak, bakes cornbread and "
        "moves from hob to oven. Every meal improves the seasoning."
    ),
    "Loose Leaf Green Tea": (
        "Picked in early spring from the slopes of Shizuoka, the leaves brew a bright green "
        "cup with a sweet, grassy finish."
    ),
    "Rain Jacket": (
        "Taped seams and a hood with a stiffened brim keep out downpours on city commutes, and "
        "the whole jacket stuffs into its chest pocket."
    ),
    "Denim Jeans": (
        "Woven on vintage shuttle looms, the raw denim starts stiff and moulds to you, fading "
        "where you move. Wash rarely, inside out and cold."
    ),
    "Sunglasses": (
        "Polished acetate frames with five-barrel hinges feel solid on the face, and the "
        "polarised lenses cut glare from water, snow and wet roads."
    ),
    "Bamboo Toothbrush 4-Pack": (
        "Moso bamboo grows without pesticides or irrigation, and the handles are sealed with "
        "plant wax so they dry quickly between brushes. One brush lasts three months."
    ),
    "Kids' Wooden Blocks": (
        "Cut from beech grown in managed German forests and sanded twice, the blocks stack "
        "into towers, bridges and castles, and survive years of tumbling."
    ),
    "Dog Leash": (
        "Made from offcuts of real climbing rope, the leash handles a pulling dog with ease, "
        "and the reflective thread catches headlights on evening walks."
    ),
    "Picnic Blanket": (
        "A waterproof backing keeps damp grass on the ground and off your clothes, while the "
        "soft fleece top makes a comfortable spot for lunch at the beach."
    ),
}
