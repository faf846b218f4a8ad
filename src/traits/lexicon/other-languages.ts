/**
 * A first, small lexicon of the other languages sales teams mix into English copy: Spanish (Latin American and Spanglish
 * WhatsApp) and Tagalog (Taglish Viber and SMS). One construction a trait and language, for the commonest wording of each
 * practice; each is merged into its trait's constructions (index.ts). English words inside the mix ("promo", "free",
 * "discount", "% off") are read by the English lexicon already, so these name only the other language's words.
 *
 * Cues for the other languages' negation and other parties are in qualifiers.ts ("nunca", "hindi", "la competencia").
 */
import type { BuiltinTrait, Construction } from './types.js';

export const OTHER_LANGUAGES: Partial<Record<BuiltinTrait, readonly Construction[]>> = {
  discount: [
    {
      // "15% de descuento", "descuento del 10%", "envío gratis", "la instalación sin costo", "2x1 en llantas", "a mitad de precio".
      id: 'a discount, in Spanish',
      patterns: [
        '{pct} (de)? (descuento|descuentos|dto|dcto|rebaja|bonificación|bonificacion)',
        '(descuento|descuentos|rebaja|rebajas|bonificación|bonificacion) (del|de|hasta)? (el)? {pct}',
        '(envío|envio|envíos|envios|entrega|flete|instalación|instalacion|inscripción|inscripcion|matrícula|matricula|mano de obra|delivery|shipping) (es|va|van|sale|salen)? (gratis|gratuito|gratuita|sin costo|sin cargo)',
        '(primer|primera|primeros|primeras) ~2 (mes|meses|mensualidad|mensualidades|clase|clases|servicio|servicios) (gratis|sin costo|de regalo|bonificado|bonificados)',
        '(te|le|les) (regalamos|regalo|obsequiamos) (el|la|los|las)? ~2 (envío|envio|instalación|instalacion|flete|primer|primera|inscripción|inscripcion|mantenimiento)',
        '(a|al) (mitad|medio) de precio',
        '=2x1|=3x2|=4x3',
        // A price match: "Si me enseñas la cotización de X, te la igualo".
        '(cotización|cotizacion|precio|quote|presupuesto) ~8 (te|se|le|les) (lo|la|los|las) (igualo|igualamos|mejoro|mejoramos)',
        '(igualamos|igualo|mejoramos) (cualquier|el|su|tu) ~1 (precio|cotización|cotizacion|presupuesto)',
      ],
      examples: {
        signal: [
          'Esta semana tenemos 15% de descuento en toda la línea de grifería.',
          'Para pedidos de más de 50 cajas el envío es gratis a cualquier parte de Jalisco.',
          'Si firmas el contrato anual, los primeros dos meses gratis.',
          'Promo de temporada: 2x1 en filtros de aceite.',
          'Tráeme la cotización de tu proveedor actual y te la mejoramos.',
        ],
        not: ['El precio de lista está en la página 4.', 'La entrega tarda tres días hábiles.'],
      },
    },
    {
      // Taglish: "libre po ang delivery", "may 10% diskwento", "bawas 5% sa cash".
      id: 'a discount, in Tagalog',
      patterns: [
        '(libre|libreng) (na|po|na po)? (ang|yung|sa)? ~2 (delivery|shipping|installation|install|fee|fees|processing|dues|bayad|transfer|labor|hatid)',
        '(diskwento|discount|bawas|less) (na|ng|po|na po|po na)? {pct}',
        '{pct} (na)? (diskwento|bawas)',
      ],
      examples: {
        signal: [
          'Libre po ang delivery sa Metro Manila pag 10 sacks pataas.',
          'May diskwento po na 8% kung cash ang bayad.',
          'Bawas 5% po sa lahat ng order na bayad agad.',
        ],
        not: ['Libre po ba kayo bukas para sa site visit?', 'Magkano po ang delivery sa Cavite?'],
      },
    },
  ],
  pressure: [
    {
      // "Última oportunidad", "solo hoy", "quedan solo 3", "hasta agotar existencias", "confirma hoy".
      id: 'a time limit or scarcity, in Spanish',
      patterns: [
        '(última|ultima|últimas|ultimas) (oportunidad|llamada|chance|unidades|piezas|plazas|lugares)',
        '(solo|sólo|únicamente|unicamente) (por)? (hoy|mañana|este fin de semana|esta semana|este mes|48 horas|24 horas)',
        '(quedan|queda|me quedan|nos quedan) (solo|sólo|solamente|únicamente|unicamente|nada más|nomás)? {num}',
        '(quedan|queda|me quedan|nos quedan) (muy)? (pocos|pocas|poquitos|poquitas)',
        'hasta (agotar|que se agoten)',
        '(oferta|promoción|promocion|promo|precio especial|descuento|precio) (válida|valida|válido|valido|vigente|disponible) (solo|sólo)? hasta',
        '(no te lo pierdas|no te quedes sin|aprovecha|aprovéchalo|aprovechalo|aprovechen|apúrate|apurate|date prisa)',
        '(confirma|confirmá|confirme|reserva|reservá|reserve|cierra|cerrá|firma|firmá|aparta|apartá) ~3 (hoy|ya mismo|antes del|antes de que|esta semana|este viernes)',
        // A price about to rise, with a push to act first.
        '(precio|precios|tarifa|tarifas|lista de precios) (sube|suben|subirá|subirán|aumenta|aumentan|aumentará|cambia|cambian) ~12 (antes|esta semana|hoy|aprovecha|cierra|cerrar|confirma|confirmar|aparta|apartar)',
      ],
      examples: {
        signal: [
          'Última oportunidad para apartar tu lugar en el curso de mayo.',
          'Precio especial solo por hoy en toda la línea de bombas.',
          'Nos quedan solo 6 unidades del modelo 2026 en bodega.',
          'La lista de precios sube en enero, así que si vas a pedir, cierra el pedido antes del 20.',
          'Aparta hoy y te respetamos el precio de este mes.',
        ],
        not: ['El camión sale de Monterrey el martes.', 'Quedamos en llamarte el lunes.'],
      },
    },
    {
      // Taglish: "ngayong linggo lang", "hanggang Friday lang po", "konti na lang ang slots", "last day na po".
      id: 'a time limit or scarcity, in Tagalog',
      patterns: [
        '(ngayon|ngayong) ~3 lang',
        '(hanggang|until) ~4 lang (po)?',
        '(konti|kaunti|ilan) (na)? lang (po)? (ang|ang natitirang)? ~1 (slots|slot|units|unit|stocks|stock|natitira)',
        '(huling araw|last day) (na)? (po)? (ng|ngayon|today|para)',
        '(habol|humabol) (na)? (po)? ~2 (bago|before|habang)',
      ],
      examples: {
        signal: [
          'Promo price po ngayong buwan lang, sir.',
          'Hanggang Sabado lang po ang reservation fee na ito.',
          'Konti na lang po ang slots para sa March batch.',
          'Huling araw na po ngayon ng early-bird rate.',
        ],
        not: ['Ngayon po ba kayo available for a call?', 'Sige po, text lang kayo kung may tanong.'],
      },
    },
  ],
  mass: [
    {
      // "a toda la base de datos", "a todos mis contactos", "el mismo mensaje a los 900 números", "la lista que compramos".
      id: 'sent to everyone, in Spanish',
      patterns: [
        '(toda|todas) (la|las|nuestra|nuestras|mi|mis) (base|bases) de (datos|contactos|clientes)',
        '(a|para) (todos|todas) (los|las|mis|nuestros|nuestras) ~1 (contactos|clientes|números|numeros|correos|leads|prospectos|distribuidores)',
        '(mismo|misma) (mensaje|correo|texto|plantilla|whatsapp) (a|para) (todos|todas|los|las)',
        '(lista|listas|base|bases|contactos|números|numeros|correos) ~3 (que)? (compré|compramos|compraron|comprada|compradas|comprados|rentada|rentamos)',
        '(envío|envio|envíos|envios|campaña|campana) (masivo|masiva|masivos|masivas)',
      ],
      examples: {
        signal: [
          'Mándale el catálogo a toda la base de datos de ferreterías.',
          'El lunes mandamos el mismo mensaje a todos los distribuidores del bajío.',
          'Cargamos los 5,000 correos que compramos en la feria y les mandamos la promo.',
        ],
        not: ['Mándale el catálogo a Rosa, que lo pidió ayer.', 'La base de datos se respalda cada noche.'],
      },
    },
    {
      // Taglish: "sa lahat ng contacts ko", "same message lang sa lahat".
      id: 'sent to everyone, in Tagalog',
      patterns: ['lahat ng (contacts|contact|numbers|number|clients|client|kakilala|group chats|gc|leads|customers|buyers)'],
      examples: {
        signal: ['I-blast po natin ito sa lahat ng contacts sa CRM.', 'Pinadala ko na sa lahat ng numbers sa listahan.'],
        not: ['Salamat po sa lahat ng tulong ninyo.'],
      },
    },
  ],
  gated: [
    {
      // "precios bajo pedido", "no te puedo pasar el precio por WhatsApp", "la cotización solo en cita".
      id: 'a price held back, in Spanish',
      patterns: [
        '(precio|precios|cotización|cotizacion|tarifa|tarifas|lista de precios) ~6 (solo|sólo)? (bajo pedido|a solicitud|previa solicitud|sobre pedido|por cotización|por cotizacion)',
        'no (te|le|les)? (puedo|podemos) (dar|mandar|enviar|pasar|compartir) (el|la|los|las)? ~2 (precio|precios|price list|lista de precios|cotización|cotizacion|tarifas) (por|en) ~1 (whatsapp|mensaje|correo|email|teléfono|telefono|chat|aquí|aqui|la página|la pagina|la web)',
        '(precio|precios|cotización|cotizacion|tarifas|lista de precios) (solo|sólo|únicamente|unicamente) (en|con|tras|después de|despues de|por) ~2 (llamada|cita|visita|reunión|reunion|asesor|vendedor)',
      ],
      examples: {
        signal: [
          'Los precios de la línea premium son bajo pedido.',
          'No te puedo mandar la lista de precios por WhatsApp, mejor agendamos una llamada.',
          'La cotización solo después de una visita del asesor.',
        ],
        not: ['Te mando la lista de precios por WhatsApp en un momento.', 'El precio incluye IVA.'],
      },
    },
  ],
  'white-glove': [
    {
      // "un gerente de cuenta dedicado", "vamos a tu planta", "la comida corre por nuestra cuenta", Taglish "sundo namin kayo".
      id: 'personal service, in Spanish or Tagalog',
      patterns: [
        '(gerente|ejecutivo|ejecutiva|asesor|asesora|ingeniero|ingeniera|técnico|tecnico) (de cuenta|de servicio)? (dedicado|dedicada|personal|exclusivo|exclusiva|asignado|asignada)',
        '(vamos|voy|va|van|mandamos|mando|enviamos) ~3 (a|hasta) (tu|su|sus|tus) (planta|obra|bodega|oficina|oficinas|casa|domicilio|negocio|sitio)',
        '(comida|cena|almuerzo|desayuno|lunch|dinner|tanghalian|hapunan|merienda) (corre|va|es)? (por nuestra cuenta|de cortesía|de cortesia|libre|sagot namin)',
        '(libre|libreng|sagot namin) (ang)? (lunch|dinner|tanghalian|hapunan|merienda|comida|cena)',
        '(sundo|susunduin) (namin|ka|kayo)',
      ],
      examples: {
        signal: [
          'Cada cliente nuevo tiene un ejecutivo de cuenta dedicado los primeros seis meses.',
          'Si el equipo falla, mandamos a un técnico a tu planta el mismo día.',
          'Después del recorrido, la cena corre por nuestra cuenta.',
          'Sa site visit po, sundo namin kayo sa hotel at libre ang lunch.',
        ],
        not: ['Vamos a revisar tu pedido y te aviso.', 'El técnico de la distribuidora no contesta.'],
      },
    },
  ],
  consultative: [
    {
      // "un diagnóstico de tu operación", "¿qué es lo que más te importa?", "una propuesta a la medida de tus necesidades".
      id: 'their needs first, in Spanish',
      patterns: [
        '(análisis|analisis|diagnóstico|diagnostico|evaluación|evaluacion|levantamiento) (de)? (necesidades|tu operación|tu operacion|su operación|su operacion|tu situación|tu situacion|tus procesos|sus procesos)',
        '(qué|que|cuál|cual|cuáles|cuales) (es|son)? (lo que)? (más|mas)? (te|le|les) (importa|importan|preocupa|preocupan|duele|duelen)',
        '(a la medida|a medida|personalizado|personalizada|hecha|hecho) (de|para) (tu|su|tus|sus) (necesidades|operación|operacion|proyecto|negocio|uso)',
        '(primero|antes) (que nada)? (entender|entendemos|escuchar|escuchamos|platicar|platicamos|conocer|conocemos) ~3 (tu|su|tus|sus|cómo|como)',
      ],
      examples: {
        signal: [
          'Antes de cotizar hacemos un diagnóstico de tu operación con el jefe de planta.',
          '¿Qué es lo que más te preocupa del sistema actual?',
          'Armamos una propuesta a la medida de tus necesidades, no un paquete estándar.',
        ],
        not: ['Te mando el paquete estándar por correo.', 'La medida del tubo es de 2 pulgadas.'],
      },
    },
  ],
  'free-trial': [
    {
      // "prueba gratis de 14 días", "30 días de prueba sin costo", "pruébalo gratis un mes".
      id: 'a free trial, in Spanish',
      patterns: [
        '(prueba|pruebas|periodo de prueba|período de prueba) (gratis|gratuita|gratuito|sin costo|sin cargo)',
        '(pruébalo|pruebalo|pruébala|pruebala|pruébanos|pruebanos) (gratis|sin costo)',
        '{num} (días|dias|semanas|mes|meses) (de prueba) (gratis|gratuita|gratuitos|sin costo)?',
      ],
      examples: {
        signal: [
          'Activa tu prueba gratis de 14 días desde la app.',
          'Te damos 30 días de prueba para que tu equipo lo use.',
          'Pruébalo gratis un mes, sin tarjeta.',
        ],
        not: ['La prueba de presión se hace antes de la entrega.'],
      },
    },
  ],
};
