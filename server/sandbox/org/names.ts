// Given names and surnames per culture. Pools are large enough that 100,000 people do not look
// like a dozen clones; uniform draws, because the long tail of real surname frequencies is what
// makes a big directory feel varied.

import type { Culture } from './offices.js';
import type { Random } from './random.js';

export interface Name {
  text: string;
  /** Lower-case ASCII for mail addresses: accents, apostrophes and spaces removed. */
  ascii: string;
}

export interface NamePool {
  female: readonly Name[];
  male: readonly Name[];
  surnames: readonly Name[];
}

export interface DrawnName {
  given: Name;
  surname: Name;
  female: boolean;
}

export function asciiName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

const names = (list: string): Name[] =>
  list
    .split(',')
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text) => ({ text, ascii: asciiName(text) }));

export const NAME_POOLS: Readonly<Record<Culture, NamePool>> = {
  it: {
    female: names(`Alessandra, Alessia, Alice, Anna, Angela, Antonella, Arianna, Aurora, Barbara,
      Beatrice, Benedetta, Bianca, Camilla, Carla, Carlotta, Caterina, Chiara, Cinzia, Claudia,
      Cristina, Daniela, Debora, Elena, Eleonora, Elisa, Elisabetta, Emanuela, Emma, Erica,
      Fabiola, Federica, Francesca, Gabriella, Gaia, Giada, Ginevra, Giorgia, Giovanna, Giulia,
      Greta, Ilaria, Irene, Laura, Letizia, Lorena, Lucia, Ludovica, Manuela, Margherita, Maria,
      Marina, Marta, Martina, Matilde, Michela, Miriam, Monica, Nicoletta, Noemi, Ornella, Paola,
      Patrizia, Rachele, Rebecca, Roberta, Rosa, Rossella, Sara, Serena, Silvia, Simona, Sofia,
      Stefania, Teresa, Valentina, Valeria, Vanessa, Veronica, Viola, Vittoria`),
    male: names(`Alberto, Alessandro, Alessio, Andrea, Angelo, Antonio, Bruno, Carlo, Cesare,
      Christian, Claudio, Daniele, Dario, Davide, Diego, Domenico, Edoardo, Elia, Emanuele,
      Emilio, Enrico, Ettore, Fabio, Fabrizio, Federico, Filippo, Franco, Francesco, Gabriele,
      Giacomo, Gianluca, Gianni, Giorgio, Giovanni, Giulio, Giuseppe, Ivan, Jacopo, Leonardo,
      Lorenzo, Luca, Luciano, Luigi, Manuel, Marcello, Marco, Mario, Massimo, Matteo, Mattia,
      Maurizio, Michele, Mirko, Niccolò, Nicola, Ottavio, Paolo, Pasquale, Pietro, Raffaele,
      Renato, Riccardo, Roberto, Rocco, Ruggero, Salvatore, Samuele, Sandro, Sergio, Simone,
      Stefano, Tommaso, Umberto, Valerio, Vincenzo, Vittorio, Walter`),
    surnames: names(`Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino,
      Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti,
      Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo,
      Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti,
      Parisi, Villa, Conte, Ferraro, Ferri, Fabbri, Bianco, Marini, Grasso, Valentini, Messina,
      Sala, De Angelis, Gatti, Pellegrini, Palumbo, Sanna, Farina, Rizzi, Monti, Cattaneo,
      Morelli, Amato, Silvestri, Mazza, Testa, Grassi, Pellegrino, Carbone, Giuliani, Benedetti,
      Barone, Rossetti, Caputo, Montanari, Guerra, Palmieri, Bernardi, Martino, Fiore, De Rosa,
      Ferretti, Bellini, Basile, Riva, Donati, Piras, Vitali, Battaglia, Sartori, Neri,
      Costantini, Milani, Pagano, Ruggiero, Sorrentino, D'Amico, Orlando, Negri, Mele, Ruggeri,
      Bassi, Zanetti, Zanella, Cirillo, Bernardini, Brambilla, Castelli, Mazzoni, Marchi, Pace,
      Fumagalli, Lentini, Melis, Giorgi, Bonetti, Bertolini, Cavalli, Cocco, Corsi, Dell'Acqua,
      Di Stefano, Fadda, Ferrante, Fiorentino, Gualtieri, Iacono, La Rosa, Lupo, Marras, Nardi,
      Orsini, Pastore, Piccolo, Pozzi, Ricciardi, Romeo, Sacco, Santini, Tedesco, Tosi, Venturi,
      Vinci, Zito, Bosco, Crippa, Mauri, Longhi, Rota, Brivio, Cocchi, Bonomi, Sarti`),
  },
  en: {
    female: names(`Abigail, Alice, Amanda, Amelia, Ashley, Ava, Caroline, Charlotte, Chloe, Claire,
      Eleanor, Elizabeth, Ella, Emily, Emma, Evie, Fiona, Freya, Grace, Hannah, Harriet, Helen,
      Imogen, Isabella, Isla, Jennifer, Jessica, Joanna, Karen, Katherine, Laura, Lauren, Lily,
      Lucy, Madison, Megan, Melissa, Mia, Michelle, Natalie, Nicole, Olivia, Poppy, Rachel,
      Rebecca, Ruby, Samantha, Sarah, Sophie, Stephanie, Susan, Victoria`),
    male: names(`Adam, Alexander, Alfie, Andrew, Benjamin, Brandon, Brian, Callum, Charlie,
      Christopher, Connor, Daniel, David, Edward, Eric, Ethan, George, Harry, Henry, Jack, James,
      Jason, John, Joseph, Joshua, Justin, Kevin, Leo, Logan, Lucas, Luke, Mark, Mason, Matthew,
      Michael, Nathan, Noah, Oliver, Oscar, Owen, Patrick, Paul, Peter, Richard, Robert, Ryan,
      Samuel, Simon, Steven, Thomas, Tyler, William`),
    surnames: names(`Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson,
      Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis,
      Harris, Clarke, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark,
      Lee, King, Baker, Harrison, Morgan, Allen, Scott, Phillips, Watson, Davis, Parker, Price,
      Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell,
      Shaw, Murphy, Miller, Cox, Richards, Marshall, Anderson, Simpson, Ellis, Adams, Wilkinson,
      Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Hunt, Campbell, Matthews, Palmer,
      Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins,
      Murray, Dixon, Harvey, Graham, Pearson, Fletcher, Walsh, Gibson, Howard, Andrews, Stewart,
      Elliott, Reynolds, O'Brien, O'Connor, O'Neill, McCarthy, Sullivan, Hayes, Kennedy, Gordon`),
  },
  in: {
    female: names(`Aditi, Aishwarya, Ananya, Anjali, Bhavana, Deepika, Divya, Harini, Isha, Ishita,
      Janani, Kavitha, Kavya, Keerthana, Lakshmi, Lavanya, Madhuri, Meera, Mythili, Nandini, Neha,
      Nisha, Padma, Pallavi, Pooja, Preeti, Priya, Radhika, Rashmi, Revathi, Riya, Roshni, Sakshi,
      Sangeetha, Sanjana, Shalini, Shreya, Shruti, Sneha, Sowmya, Sunita, Swati, Tanvi, Varsha,
      Vidya, Yamini`),
    male: names(`Aarav, Abhishek, Aditya, Ajay, Akash, Amit, Anand, Arjun, Arun, Ashok, Balaji,
      Deepak, Dinesh, Ganesh, Gaurav, Girish, Harish, Hemant, Karthik, Kiran, Krishna, Manoj,
      Mohan, Naveen, Nikhil, Pranav, Prakash, Raghav, Rahul, Rajesh, Rakesh, Ravi, Rohan, Sachin,
      Sandeep, Sanjay, Santosh, Siddharth, Srinivas, Suresh, Tarun, Varun, Venkat, Vijay, Vikram,
      Vinay, Vishal`),
    surnames: names(`Sharma, Verma, Gupta, Singh, Kumar, Patel, Reddy, Rao, Iyer, Iyengar, Nair,
      Menon, Pillai, Krishnan, Subramanian, Venkatesh, Raman, Srinivasan, Rajan, Shetty, Hegde,
      Kamath, Pai, Bhat, Joshi, Kulkarni, Deshpande, Patil, Jain, Agarwal, Bansal, Mehta, Shah,
      Desai, Chopra, Kapoor, Malhotra, Khanna, Bose, Banerjee, Chatterjee, Mukherjee, Das, Ghosh,
      Sen, Dutta, Mishra, Pandey, Tiwari, Dubey, Srivastava, Saxena, Chauhan, Yadav, Naidu,
      Chowdary, Gowda, Murthy, Prasad, Shenoy, Acharya, Bhattacharya, Chandra, Dixit, Goel,
      Mathur, Sethi, Arora, Bhatia, Ahuja, Sinha, Thakur, Trivedi, Balakrishnan, Gopal,
      Jayaraman, Lakshmanan, Mahadevan, Natarajan, Ramachandran, Sundaram, Swaminathan, Vaidya,
      Khan, Qureshi, D'Souza, Fernandes, Pinto, Rodrigues`),
  },
};

export function drawName(culture: Culture, rng: Random): DrawnName {
  const pool = NAME_POOLS[culture];
  const female = rng.chance(0.5);
  return { given: rng.pick(female ? pool.female : pool.male), surname: rng.pick(pool.surnames), female };
}
